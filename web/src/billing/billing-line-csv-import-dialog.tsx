import { BillingPeriodSchema } from '@seatkeeper/core'
import { CsvImportDialog } from '../ui/csv-import-dialog'
import { importBillingLinesCsv } from './billing-api'
import { BILLING_LINE_CSV } from './billing-lines-csv'

/** Import billing lines from a CSV file: every row in one run, or nothing while a row is bad. */
export function BillingLineCsvImportDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <CsvImportDialog
      open={props.open}
      onClose={props.onClose}
      title="Import billing lines from CSV"
      intro={
        <>
          The first line names the columns: {BILLING_LINE_CSV.columns.join(', ')}. Required:{' '}
          {BILLING_LINE_CSV.required.join(', ')}. Write the customer as it is named in Seatkeeper,
          the period as one of {BillingPeriodSchema.options.join(', ')} and dates as YYYY-MM-DD.
          Each row adds a new line, and one bad row imports nothing, so fix the rows listed and
          import the file again.
        </>
      }
      shape={BILLING_LINE_CSV}
      send={importBillingLinesCsv}
      imported={(count) => `${count} billing line${count === 1 ? '' : 's'} created.`}
    />
  )
}
