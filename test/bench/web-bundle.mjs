// The web app's initial load: the gzip size of the JavaScript index.html pulls in before any page
// chunk (the entry script plus its static imports, followed transitively), against the 60 KB
// budget. Reads web/dist; builds it first when missing or when called with --build.
//   node test/bench/web-bundle.mjs [--build] [--json]
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 60 * 1024
const web = fileURLToPath(new URL('../../web', import.meta.url))
const dist = join(web, 'dist')
const args = new Set(process.argv.slice(2))

if (args.has('--build') || !existsSync(join(dist, 'index.html'))) {
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: web,
    stdio: 'inherit',
  })
}

const html = readFileSync(join(dist, 'index.html'), 'utf8')
// The entry (<script type="module" src>) and what Vite preloads for it (<link rel="modulepreload">).
const roots = [
  ...html.matchAll(
    /<script[^>]+type="module"[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g,
  ),
]
  .map((m) => m[1] ?? m[2])
  .filter((src) => src?.startsWith('/assets/'))

// Follow static `import … from "./x.js"` / `import "./x.js"` (not dynamic import()) between chunks.
const seen = new Set()
const queue = [...roots]
while (queue.length > 0) {
  const path = queue.shift()
  if (seen.has(path)) continue
  seen.add(path)
  const code = readFileSync(join(dist, path), 'utf8')
  for (const match of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    const target = new URL(match[1], `https://x${path}`).pathname
    if (!seen.has(target)) queue.push(target)
  }
}

const files = [...seen].map((path) => {
  const bytes = readFileSync(join(dist, path))
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
})
const total = files.reduce((sum, f) => sum + f.gzip, 0)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

if (args.has('--json')) {
  console.log(
    JSON.stringify({ initialJsGzipBytes: total, budgetBytes: BUDGET_BYTES, files }, null, 2),
  )
} else {
  console.log('web initial JS (entry + static imports), gzip -9:')
  for (const f of files)
    console.log(
      `  ${f.path.padEnd(44)} ${kb(f.raw).padStart(9)} raw  ${kb(f.gzip).padStart(8)} gzip`,
    )
  console.log(
    `  ${'total'.padEnd(44)} ${''.padStart(9)}      ${kb(total).padStart(8)} gzip  (budget ${kb(BUDGET_BYTES)})`,
  )
}
if (process.env.BENCH_WEB_PROFILE) {
  // vite.config.ts builds unminified for a profile: its size says nothing of the shipped one.
  console.log('  (unminified for BENCH_WEB_PROFILE: the budget is judged on a minified build)')
} else if (total > BUDGET_BYTES) {
  console.error(`web initial JS is ${kb(total)} gzip, over the ${kb(BUDGET_BYTES)} budget.`)
  process.exitCode = 1
}
