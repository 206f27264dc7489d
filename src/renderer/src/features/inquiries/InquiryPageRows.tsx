import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useInquiryPage, useProducts, type InquiryPageKey } from '../../data';
import { formatDate, formatDateTime } from '../../components/formatting';

type InquiryPageRowsProps = {
  afterKey: InquiryPageKey | null;
  limit: number;
  /** Told the key of the following page (null on the last one). */
  onNextKey: ((key: InquiryPageKey | null) => void) | undefined;
};

/** One page of the inquiry list, live: rows update when the store changes. */
export function InquiryPageRows({ afterKey, limit, onNextKey }: InquiryPageRowsProps): ReactNode {
  const { t, i18n } = useTranslation();
  const page = useInquiryPage({ afterKey, limit });
  const products = useProducts();
  const nextKey = page?.nextKey;
  useEffect(() => {
    if (onNextKey && nextKey !== undefined) onNextKey(nextKey);
  }, [nextKey, onNextKey]);

  if (!page) return null;
  const productName = new Map(products?.map((product) => [product.id, product.brandName]));
  return page.inquiries.map((inquiry) => (
    <TableRow key={inquiry.id} hover data-testid="inquiry-row">
      <TableCell
        data-testid="inquiry-reference"
        sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
      >
        {inquiry.reference}
      </TableCell>
      <TableCell>{formatDateTime(inquiry.receivedAt, i18n.language)}</TableCell>
      <TableCell>
        <Chip size="small" label={t(`inquiryStatus.${inquiry.status}`)} />
      </TableCell>
      <TableCell>{t(`requesterType.${inquiry.requester.type}`)}</TableCell>
      <TableCell>{inquiry.requester.country}</TableCell>
      <TableCell>{inquiry.productIds.map((id) => productName.get(id) ?? '—').join(', ')}</TableCell>
      <TableCell>{formatDate(inquiry.dueDate, i18n.language)}</TableCell>
    </TableRow>
  ));
}
