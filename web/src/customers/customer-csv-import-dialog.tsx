import { importCustomersCsv } from '../api/customer-api'
import { CsvImportDialog } from '../ui/csv-import-dialog'
import { CUSTOMER_CSV, CUSTOMER_CSV_COLUMNS } from './customers-csv'

/** Import Customers from a CSV file: valid rows in one run, each bad row reported by line. */
export function CustomerCsvImportDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <CsvImportDialog
      open={props.open}
      onClose={props.onClose}
      title="Import customers from CSV"
      intro={
        <>
          The first line names the columns: {CUSTOMER_CSV_COLUMNS.join(', ')}. Only “name” is
          required; a top level that does not exist yet is created.
        </>
      }
      shape={CUSTOMER_CSV}
      send={importCustomersCsv}
      imported={(count) => `${count} customer${count === 1 ? '' : 's'} imported.`}
    />
  )
}
