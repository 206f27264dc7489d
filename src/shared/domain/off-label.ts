import type { Country } from '../schemas/common';
import type { Inquiry } from '../schemas/inquiry';
import type { ResponseRecipient } from '../schemas/inquiry-records';
import type { ApprovedIndication, Product } from '../schemas/product';

/**
 * EU member states and the EEA countries that follow EU centralised marketing authorisations
 * (Regulation (EC) No 726/2004; EEA Agreement): an `EU` indication applies in each of them.
 */
// prettier-ignore
const euLabelCountries: ReadonlySet<Country> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/**
 * The approved indications of a product that apply in `country`: the country's own labelling
 * when it has one, and the EU labelling for EU/EEA countries. Empty when the product is not
 * approved there at all — then every use is off-label in that country.
 */
export function approvedIndicationsFor(
  product: Pick<Product, 'approvedIndications'>,
  country: Country,
): ApprovedIndication[] {
  const own = product.approvedIndications.filter((indication) => indication.country === country);
  if (own.length > 0) return own;
  if (!euLabelCountries.has(country)) return [];
  return product.approvedIndications.filter((indication) => indication.country === 'EU');
}

/**
 * Who may receive the response. Off-label: the requester only — "medical only", privately
 * (FDA 2011 draft guidance on unsolicited requests). Otherwise a referring MSL may be copied.
 * A referring sales representative is never offered: sales never see responses (PRODUCT.md).
 */
export function responseRecipientOptions(
  inquiry: Pick<Inquiry, 'isOffLabel' | 'unsolicitedConfirmation'>,
): ResponseRecipient[] {
  if (inquiry.isOffLabel) return ['requester'];
  return inquiry.unsolicitedConfirmation?.referral === 'msl'
    ? ['requester', 'referring-msl']
    : ['requester'];
}
