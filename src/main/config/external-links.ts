/**
 * Sites the app may open in the user's browser. A link is allowed when its host is one of these
 * domains or a subdomain of one (www.fda.gov, accessdata.fda.gov). Keep the list short: every
 * entry is a place a crafted record could send a user with one click.
 */
export const EXTERNAL_LINK_DOMAINS: readonly string[] = [
  'fda.gov',
  'ema.europa.eu',
  'pubmed.ncbi.nlm.nih.gov',
  'doi.org',
  'meddra.org',
];
