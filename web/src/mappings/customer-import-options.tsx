import type { ConnectionSettings, Register } from '@seatkeeper/core'
import { useMutation, useQueryClient } from '@tanstack/solid-query'
import { createUniqueId, For } from 'solid-js'
import { connectionKeys } from '../connections/connection-keys'
import { putConnectionSettings } from '../connections/connection-settings-api'
import { SaveStatus } from '../ui/save-status'
import { NewTopLevel } from './new-top-level'

type CustomerImportOptionsProps = {
  connectionId: string
  settings: ConnectionSettings
  register: Register
}

/** The two options of Import Customers, saved with the connection as soon as they change. */
export function CustomerImportOptions(props: CustomerImportOptionsProps) {
  const queryClient = useQueryClient()
  const id = createUniqueId()
  const save = useMutation(() => ({
    mutationFn: (next: ConnectionSettings) => putConnectionSettings(props.connectionId, next),
    onSuccess: (saved) =>
      queryClient.setQueryData(connectionKeys.settings(props.connectionId), saved),
  }))
  const update = (patch: Partial<ConnectionSettings['customerImport']>) => {
    const customerImport = { ...props.settings.customerImport, ...patch }
    if (customerImport.topLevelId === undefined) delete customerImport.topLevelId
    save.mutate({ ...props.settings, customerImport })
  }

  return (
    <fieldset class="sk-options">
      <legend>Import options</legend>
      <div class="sk-field">
        <label for={`${id}-top-level`}>Top Level for New Customers</label>
        <select
          id={`${id}-top-level`}
          aria-describedby={`${id}-top-level-help`}
          onChange={(event) => update({ topLevelId: event.currentTarget.value || undefined })}
        >
          <option value="" selected={!props.settings.customerImport.topLevelId}>
            None
          </option>
          <For each={props.register.topLevels}>
            {(topLevel) => (
              <option
                value={topLevel.id}
                selected={topLevel.id === props.settings.customerImport.topLevelId}
              >
                {topLevel.name}
              </option>
            )}
          </For>
        </select>
        <p class="sk-help" id={`${id}-top-level-help`}>
          Customers that Import Customers creates are put under this top level.
        </p>
        <NewTopLevel onCreated={(topLevel) => update({ topLevelId: topLevel.id })} />
      </div>
      <div class="sk-field sk-field--check">
        <input
          id={`${id}-address`}
          type="checkbox"
          checked={props.settings.customerImport.updateMainSiteAddress}
          onChange={(event) => update({ updateMainSiteAddress: event.currentTarget.checked })}
        />
        <label for={`${id}-address`}>Update the main site address of existing customers</label>
      </div>
      <SaveStatus save={save} />
    </fieldset>
  )
}
