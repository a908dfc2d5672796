import { describe, expect, it } from 'vitest'
import { readDickerDataError } from './read-error'

const answer = (text: string) => ({ status: 400, headers: new Headers(), text })

describe('readDickerDataError', () => {
  it("reads ASP.NET's Message", () => {
    expect(
      readDickerDataError(answer('{"Message":"Authorization has been denied for this request."}')),
    ).toEqual({
      detail: 'Authorization has been denied for this request.',
    })
  })

  it('reads the token exchange refusal status', () => {
    expect(readDickerDataError(answer('{ "AccessKey": null, "Status": "DENIED" }'))).toEqual({
      detail: 'Status DENIED',
    })
  })

  it('hides a token or GUID a server echoes back', () => {
    const reading = readDickerDataError(
      answer('{"Message":"Token 00000000-1111-2222-3333-444444444444 is not valid"}'),
    )
    expect(reading?.detail).toBe('Token [id] is not valid')
  })

  it('reads nothing from a body that is not JSON', () => {
    expect(readDickerDataError(answer('<html>502</html>'))).toBeUndefined()
  })
})
