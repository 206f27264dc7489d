import { useEffect, useEffectEvent, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Inquiry, IsoDate, Product } from '../../../../../shared/schemas';
import { isOverdue } from '../../../../../shared/domain';
import { formatDate, formatDateTime } from '../../../components/formatting';

const rowHeight = 48;
const columns = '175px 185px 160px 1fr 70px 130px 160px 150px';

type InquiryTableProps = {
  inquiries: readonly Inquiry[];
  hasMore: boolean;
  /** Pages loaded so far: a page that brought no row still lets the next one be asked for. */
  loadedPages: number;
  onNeedMore: () => void;
  products: readonly Product[];
  today: IsoDate;
};

function Cell({ children, testId }: { children: ReactNode; testId?: string }): ReactNode {
  return (
    <Box
      role="cell"
      data-testid={testId}
      sx={{ px: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
    >
      {children}
    </Box>
  );
}

/**
 * The inquiry list as a virtualized table: only the rows in view exist in the page, so 100,000
 * loaded rows scroll as smoothly as 100. Scrolling near the end asks for the next page.
 */
export function InquiryTable({
  inquiries,
  hasMore,
  loadedPages,
  onNeedMore,
  products,
  today,
}: InquiryTableProps): ReactNode {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler; the virtualizer's functions are read during render only
  const virtualizer = useVirtualizer({
    count: inquiries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  const askForMore = useEffectEvent(onNeedMore);
  useEffect(() => {
    if (hasMore && lastIndex >= inquiries.length - 20) askForMore();
  }, [hasMore, lastIndex, inquiries.length, loadedPages]);
  const productName = new Map(products.map((product) => [product.id, product.brandName]));
  const open = (inquiry: Inquiry): void => void navigate(`/inquiries/${inquiry.id}`);
  const onKeyDown = (event: KeyboardEvent, inquiry: Inquiry): void => {
    if (event.key === 'Enter') open(inquiry);
  };
  const headers = [
    'reference',
    'received',
    'status',
    'categories',
    'country',
    'products',
    'requester',
    'due',
  ];
  return (
    <Box
      role="table"
      aria-label={t('inquiries.title')}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Box
        role="row"
        sx={{
          display: 'grid',
          gridTemplateColumns: columns,
          py: 1,
          borderBottom: 1,
          borderColor: 'divider',
          fontWeight: 600,
        }}
      >
        {headers.map((header) => (
          <Box key={header} role="columnheader" sx={{ px: 1 }}>
            {t(`inquiries.${header}`)}
          </Box>
        ))}
      </Box>
      <Box
        ref={scrollRef}
        sx={{ height: 'calc(100vh - 420px)', minHeight: 320, overflow: 'auto' }}
        data-testid="inquiry-scroller"
      >
        <Box role="rowgroup" sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const inquiry = inquiries[item.index];
            if (!inquiry) return null;
            const late = isOverdue(inquiry, today);
            return (
              <Box
                key={inquiry.id}
                role="row"
                tabIndex={0}
                data-testid="inquiry-row"
                onClick={() => open(inquiry)}
                onKeyDown={(event) => onKeyDown(event, inquiry)}
                sx={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: rowHeight,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: columns,
                  alignItems: 'center',
                  cursor: 'pointer',
                  borderBottom: 1,
                  borderColor: 'divider',
                  '&:hover, &:focus-visible': { bgcolor: 'action.hover' },
                }}
              >
                <Cell testId="inquiry-reference">
                  <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                    {inquiry.reference}
                  </Typography>
                </Cell>
                <Cell>{formatDateTime(inquiry.receivedAt, i18n.language)}</Cell>
                <Cell>
                  <Chip size="small" label={t(`inquiryStatus.${inquiry.status}`)} />
                </Cell>
                <Cell>
                  {inquiry.questions
                    .map((question) => t(`questionCategory.${question.category}`))
                    .join(', ')}
                </Cell>
                <Cell>{inquiry.requester.country}</Cell>
                <Cell>{inquiry.productIds.map((id) => productName.get(id) ?? '—').join(', ')}</Cell>
                <Cell>{t(`requesterType.${inquiry.requester.type}`)}</Cell>
                <Cell>
                  <Typography
                    variant="body2"
                    color={late ? 'error' : undefined}
                    sx={{ fontWeight: late ? 600 : undefined }}
                  >
                    {formatDate(inquiry.dueDate, i18n.language)}
                    {late ? ` · ${t('inquiries.overdue')}` : ''}
                  </Typography>
                </Cell>
              </Box>
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}
