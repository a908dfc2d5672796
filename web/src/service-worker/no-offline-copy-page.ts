/**
 * What a navigation answers when the network is down and the precached shell is gone (the
 * browser's storage was cleared or evicted while the worker stayed registered). Without it the
 * browser shows its own "This site can't be reached", which reads like Seatkeeper is broken.
 * Plain HTML with inline styles: nothing else of the app is left to load.
 */
export function noOfflineCopyPage(): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seatkeeper — no offline copy</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1.5rem; line-height: 1.5">
<main>
<h1>Seatkeeper is not kept in this browser</h1>
<p role="alert">You are offline, and this browser has no offline copy of Seatkeeper: its storage was
cleared. Everything already saved is safe on the server; edits made offline and not yet sent were
cleared with it.</p>
<p>Reconnect to the network, then reload this page.</p>
<p><button type="button" onclick="location.reload()">Reload</button></p>
</main>
</body>
</html>`
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}
