/** English messages: library. */
export const library = {
  library: {
    title: 'Library',
    empty: 'The library is empty.',
    documentTitle: 'Title',
    kind: 'Kind',
    language: 'Language',
    version: 'Version',
    status: 'Status',
    reviewDate: 'Review by',
    expired: 'Expired',
    srd: 'Standard response',
    faq: 'FAQ',
  },
  documentStatus: {
    draft: 'Draft',
    'in-review': 'In review',
    approved: 'Approved',
    retired: 'Retired',
  },
};
