import { render } from 'solid-js/web'
import { App } from './app'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('web/index.html has no #root element for Seatkeeper to render into.')
render(() => <App />, root)
