import { render } from 'solid-js/web'
import { App } from './app'
import { startOfflineSupport } from './offline/start-offline-support'
import './styles.css'
import './layout/layout-holds.css'

const root = document.getElementById('root')
if (!root) throw new Error('web/index.html has no #root element for Seatkeeper to render into.')
render(() => <App />, root)

startOfflineSupport()

// Only production builds: in `vite dev` a service worker would serve stale modules over hot reload.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('Seatkeeper could not install its offline support (service worker).', error)
    })
  })
}
