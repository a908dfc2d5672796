function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

export type FaultOptions = {
  /** "Sender" when the caller was wrong (the default), "Receiver" when ALSO failed. */
  code?: 'Sender' | 'Receiver'
  sessionExpired?: boolean
  retryAfterSeconds?: number
}

let issue = 0x5b0c8f2e

/**
 * An ALSO WCF fault, in the shape of fixture fault-invalid-session.xml (copied in form from
 * pitwch/go-also-cloud-wrapper alsocloud/sampleError.xml): XML, never JSON.
 */
export function alsoFaultResponse(
  status: number,
  message: string,
  options: FaultOptions = {},
): Response {
  const text = escapeXml(message)
  // IssueToken is ALSO's support reference; a counter keeps it deterministic per process.
  const issueToken = (issue++).toString(16)
  const body = `<Fault xmlns="http://schemas.microsoft.com/ws/2005/05/envelope/none">
    <Code>
        <Value>${options.code ?? 'Sender'}</Value>
    </Code>
    <Reason>
        <Text xml:lang="en-US">${text}</Text>
    </Reason>
    <Detail>
        <ServiceException xmlns="http://schemas.datacontract.org/2004/07/Nervogrid.Platform.API" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
            <IsSessionExpired>${options.sessionExpired === true}</IsSessionExpired>
            <IssueToken>${issueToken}</IssueToken>
            <Message>${text}</Message>
        </ServiceException>
    </Detail>
</Fault>`
  const headers = new Headers({ 'content-type': 'application/xml; charset=utf-8' })
  if (options.retryAfterSeconds !== undefined)
    headers.set('retry-after', String(options.retryAfterSeconds))
  return new Response(body, { status, headers })
}
