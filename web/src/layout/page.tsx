import { createEffect, type JSX } from 'solid-js'

type PageProps = { title: string; lead: string; children?: JSX.Element }

/** A page's heading and introduction; also names the browser tab after the page. */
export function Page(props: PageProps) {
  createEffect(() => {
    document.title = `${props.title} · Seatkeeper`
  })

  return (
    <article class="page">
      <header class="page__header">
        <h1>{props.title}</h1>
        <p class="page__lead">{props.lead}</p>
      </header>
      {props.children}
    </article>
  )
}
