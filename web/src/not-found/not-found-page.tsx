import { A, useLocation } from '@solidjs/router'
import { Page } from '../layout/page'

export default function NotFoundPage() {
  const location = useLocation()

  return (
    <Page title="Page not found" lead={`Seatkeeper has no page at ${location.pathname}.`}>
      <p>
        <A href="/">Go to the home page</A>
      </p>
    </Page>
  )
}
