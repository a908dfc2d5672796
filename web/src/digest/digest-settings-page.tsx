import type { DigestSendResult, DigestSettingsInput, DigestSettingsView } from '@seatkeeper/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createSignal, For, Show } from 'solid-js'
import { Page } from '../layout/page'
import { isOnline } from '../network/connectivity'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import {
  digestKeys,
  getDigestPreview,
  getDigestSettings,
  putDigestSettings,
  sendTestDigest,
} from './digest-api'
import { DigestSendsCard } from './digest-sends-card'

const SERVICE_WORDS = { slack: 'Slack', teams: 'Microsoft Teams', sandbox: "the sandbox's sink" }

/** Where the daily digest goes, a test message, and tonight's digest as it would read now. */
export default function DigestSettingsPage() {
  const queryClient = useQueryClient()
  const settings = useQuery(() => ({
    queryKey: digestKeys.settings(),
    queryFn: ({ signal }) => getDigestSettings(signal),
  }))
  const preview = useQuery(() => ({
    queryKey: digestKeys.preview(),
    queryFn: ({ signal }) => getDigestPreview(signal),
  }))
  const [url, setUrl] = createSignal('')
  const [email, setEmail] = createSignal('')
  const save = useMutation(() => ({
    mutationFn: (next: DigestSettingsInput) => putDigestSettings(next),
    onSuccess: (saved: DigestSettingsView) => {
      queryClient.setQueryData(digestKeys.settings(), saved)
      setUrl('')
      setEmail('')
      test.reset()
    },
  }))
  const test = useMutation(() => ({
    mutationFn: sendTestDigest,
    // The register recorded the attempt: the settings view carries it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: digestKeys.settings() }),
  }))
  const where = (webhook: NonNullable<DigestSettingsView['webhook']>) =>
    `${SERVICE_WORDS[webhook.service]} (${webhook.host})`

  return (
    <Page
      title="Daily digest"
      lead="Every morning at 06:00 UTC, after the nightly syncs, one message to your team's channel: runs that failed and why, credentials close to expiry, money at stake, removals held back and renewals coming."
    >
      <section class="card sk-stack" aria-labelledby="digest-webhook-title">
        <h2 id="digest-webhook-title">Where it goes</h2>
        <Show when={settings.data} fallback={<ErrorAlert error={settings.error} />}>
          {(view) => (
            <p>
              <Show when={view().webhook} fallback="No webhook is set, so no digest is sent.">
                {(webhook) => <>Digests are posted to {where(webhook())}.</>}
              </Show>
            </p>
          )}
        </Show>
        <form
          class="sk-stack"
          onSubmit={(event) => {
            event.preventDefault()
            save.mutate({ webhookUrl: url() })
          }}
        >
          <div class="sk-field">
            <label for="digest-webhook-url">Webhook URL</label>
            <input
              id="digest-webhook-url"
              type="url"
              required
              autocomplete="off"
              spellcheck={false}
              value={url()}
              aria-describedby="digest-webhook-help"
              onInput={(event) => setUrl(event.currentTarget.value)}
            />
            <p class="sk-help" id="digest-webhook-help">
              Slack: an incoming webhook (https://hooks.slack.com/services/…). Teams: in the
              channel, Workflows, "Post to a channel when a webhook request is received", then copy
              its URL. The URL is kept encrypted and never shown again.
            </p>
          </div>
          <div class="sk-actions">
            <button
              type="submit"
              class="button button--primary"
              disabled={save.isPending || !isOnline()}
            >
              Save webhook
            </button>
            <Show when={settings.data?.webhook}>
              <button
                type="button"
                class="button"
                disabled={save.isPending || !isOnline()}
                onClick={() => save.mutate({ webhookUrl: null })}
              >
                Remove the webhook
              </button>
            </Show>
            <NeedsNetwork what="The digest settings" />
          </div>
        </form>
        <Show when={settings.data?.emailAvailable}>
          <form
            class="sk-stack"
            onSubmit={(event) => {
              event.preventDefault()
              save.mutate({ email: email() })
            }}
          >
            <p>
              <Show when={settings.data?.email} fallback="No e-mail address is set.">
                {(mail) => <>Digests are also e-mailed to {mail().to}.</>}
              </Show>
            </p>
            <div class="sk-field">
              <label for="digest-email">E-mail address</label>
              <input
                id="digest-email"
                type="email"
                required
                value={email()}
                aria-describedby="digest-email-help"
                onInput={(event) => setEmail(event.currentTarget.value)}
              />
              <p class="sk-help" id="digest-email-help">
                One address, a verified destination of your domain's Cloudflare Email Routing.
              </p>
            </div>
            <div class="sk-actions">
              <button
                type="submit"
                class="button button--primary"
                disabled={save.isPending || !isOnline()}
              >
                Save e-mail address
              </button>
              <Show when={settings.data?.email}>
                <button
                  type="button"
                  class="button"
                  disabled={save.isPending || !isOnline()}
                  onClick={() => save.mutate({ email: null })}
                >
                  Stop e-mailing
                </button>
              </Show>
            </div>
          </form>
        </Show>
        <ErrorAlert error={save.error} />
        <div class="sk-actions">
          <button
            type="button"
            class="button"
            disabled={
              !(settings.data?.webhook || settings.data?.email) || test.isPending || !isOnline()
            }
            onClick={() => test.mutate()}
          >
            {test.isPending ? 'Sending…' : 'Send a test message'}
          </button>
        </div>
        <div role="status" aria-live="polite">
          <Show when={test.data?.webhook}>{(result) => <Outcome result={result()} />}</Show>
          <Show when={test.data?.email}>{(result) => <Outcome result={result()} />}</Show>
        </div>
        <ErrorAlert error={test.error} />
      </section>

      <Show when={settings.data}>{(view) => <DigestSendsCard sends={view().sends} />}</Show>

      <section class="card sk-stack" aria-labelledby="digest-preview-title">
        <h2 id="digest-preview-title">Tonight's digest, as it would read now</h2>
        <Show when={preview.data} fallback={<ErrorAlert error={preview.error} />}>
          {(digest) => (
            <>
              <p>
                <strong>{digest().title}</strong>
              </p>
              <For each={digest().sections}>
                {(section) => (
                  <>
                    <h3>{section.heading}</h3>
                    <ul>
                      <For each={section.lines}>{(line) => <li>{line}</li>}</For>
                    </ul>
                  </>
                )}
              </For>
            </>
          )}
        </Show>
      </section>
    </Page>
  )
}

/** One delivery's outcome, in words. */
function Outcome(props: { result: DigestSendResult }) {
  return (
    <p class={`sk-outcome sk-outcome--${props.result.sent ? 'ok' : 'failed'}`}>
      {props.result.sent ? 'Sent. ' : 'Not sent. '}
      {props.result.message}
    </p>
  )
}
