/** English messages: congress events, service levels and the acting account in Settings. */
export const events = {
  congressEvents: {
    title: 'Congress events',
    current: 'Current event (booth mode)',
    none: 'None',
    add: 'New event',
    edit: 'Edit',
    name: 'Congress',
    city: 'City',
    country: 'Country code',
    startDate: 'First day',
    endDate: 'Last day',
    boothLabel: 'Booth',
    boothStaff: 'Booth staff',
    save: 'Save the event',
    cancel: 'Cancel',
  },
  serviceLevels: {
    title: 'Service levels',
    hint: 'Business days until an inquiry is due, per urgency, on the calendar of the requester’s country.',
    daysRange: '0 to 60 business days',
    duplicateWindow: 'Duplicate warning: days to look back',
    windowRange: '1 to 365 days',
    save: 'Save the service levels',
    saved: 'Saved.',
  },
};
