import type { Country } from '../schemas/common';
import type { ApprovedIndication } from '../schemas/product';

/**
 * EU member states and the EEA countries (Iceland, Liechtenstein, Norway): a centrally
 * authorised medicine's EU labelling applies in each of them (Regulation (EC) No 726/2004,
 * extended to the EEA by the EEA Agreement).
 */
const europeanEconomicArea: readonly Country[] =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(
    ' ',
  );

/**
 * The indications approved in `country`: its own labelling when the product has one there,
 * else the EU labelling for an EEA country. Off-label is always judged per country.
 */
export function approvedIndicationsFor(
  indications: readonly ApprovedIndication[],
  country: Country,
): ApprovedIndication[] {
  const national = indications.filter((indication) => indication.country === country);
  if (national.length > 0) return national;
  return europeanEconomicArea.includes(country)
    ? indications.filter((indication) => indication.country === 'EU')
    : [];
}
