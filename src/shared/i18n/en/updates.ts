/** English messages: updates (Settings → Updates and the banner above every page). */
export const updates = {
  updates: {
    title: 'Updates',
    installedVersion: 'Installed version: {{version}}',
    channel: 'Update channel',
    stable: 'Stable',
    beta: 'Beta (pre-releases for pilot users)',
    checkNow: 'Check now',
    installNow: 'Restart and install',
    lastChecked: 'Last checked: {{time}}',
    ready: 'Update {{version}} is ready.',
    availability: {
      browser:
        'Browser mode installs nothing: reload the page to run the newest version the server offers.',
      development: 'A development build does not update itself.',
      disabledByPolicy: 'Your IT department installs new versions on this computer.',
      notConfigured:
        'This installation has no update location. Ask your IT department how new versions reach it.',
      unverifiable:
        'Updates are off: this installation cannot verify the signature of an update. Ask your IT department for a signed installer.',
    },
    phase: {
      idle: 'Updates are looked for shortly after start and every four hours.',
      checking: 'Looking for updates…',
      downloading: 'Downloading version {{version}} in the background: {{percent}} %.',
      downloaded: 'Version {{version}} is downloaded and checked.',
      upToDate: 'MedInfo Desk is up to date.',
      failed: 'The last look for updates failed; it is tried again later.',
      installing: 'Installing version {{version}}…',
    },
    gate: {
      nothingDownloaded: 'No update is waiting.',
      requiredNotDownloaded:
        'Your company’s server syncs only with version {{version}} or later. The update downloads from your company’s update location as soon as it is there; if it does not arrive, ask your IT department.',
      waitingForApp: 'It installs once MedInfo Desk has checked for unsynced changes.',
      unsavedInput:
        'It waits until you save or discard the form you are filling in, then installs when you quit or restart.',
      unsyncedChanges_one:
        'It waits until your {{count}} unsynced change has reached the server (connect to the network), then installs when you quit or restart.',
      unsyncedChanges_other:
        'It waits until your {{count}} unsynced changes have reached the server (connect to the network), then installs when you quit or restart.',
      ready: 'It installs when you quit MedInfo Desk, or now if you restart.',
      readySyncRefused_one:
        'Your company’s server no longer syncs with this version: restart to install the update. Your {{count}} unsynced change is kept and sent by the new version.',
      readySyncRefused_other:
        'Your company’s server no longer syncs with this version: restart to install the update. Your {{count}} unsynced changes are kept and sent by the new version.',
    },
  },
};
