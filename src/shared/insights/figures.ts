import type { Dashboard } from './dashboard';
import { noProduct } from './inquiry-view';
import type { Translate } from './translate';

/** The figures of the dashboard, each one chart and one table: the ids are stable. */
export const figureIds = [
  'volume',
  'productCategory',
  'requesterTypes',
  'countries',
  'topQuestions',
  'statuses',
  'serviceLevel',
  'safety',
  'mostUsed',
  'neverUsed',
  'expiring',
  'gaps',
  'risingTopics',
  'offLabel',
  'recurring',
] as const;
export type FigureId = (typeof figureIds)[number];

export type FigureCell = string | number | null;
export type FigureColumn = { key: string; label: string; isNumeric: boolean };
export type FigureRow = {
  cells: Record<string, FigureCell>;
  /** How many inquiries stand behind the row (exact), and their ids (possibly capped). */
  count: number;
  inquiryIds: string[];
  /** A percentage among counts: in the table, not on the chart's count axis. */
  isOffChart?: boolean;
};

/**
 * One figure as a table: what the table view shows, what CSV, XLSX and PDF export, and what the
 * chart plots (`labelColumn` along one axis, each of `seriesColumns` as a series).
 */
export type FigureTable = {
  id: FigureId;
  title: string;
  hint: string | null;
  chart: 'line' | 'bar' | 'none';
  /** Whether the series add up (stacked bars) rather than compare (bars side by side). */
  isStacked: boolean;
  labelColumn: string;
  seriesColumns: string[];
  columns: FigureColumn[];
  rows: FigureRow[];
};

/** A share 0…1 as a percentage with one decimal, or null. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/** Names used across figures: products, categories, and topics as "Product · Category". */
export type FigureLabels = {
  t: Translate;
  product: (productId: string) => string;
  category: (category: string) => string;
  topic: (topic: { productId: string; category: string }) => string;
};

export function labelsFor(dashboard: Dashboard, t: Translate): FigureLabels {
  const product = (productId: string): string =>
    productId === noProduct
      ? t('insights.noProduct')
      : (dashboard.names.products[productId] ?? productId);
  const category = (category: string): string => t(`insights.category.${category}`);
  return {
    t,
    product,
    category,
    topic: (topic) => `${product(topic.productId)} · ${category(topic.category)}`,
  };
}

export function column(t: Translate, key: string, isNumeric = false): FigureColumn {
  return { key, label: t(`insights.column.${key}`), isNumeric };
}

/** A row with no inquiries behind it (measures of a whole figure, documents). */
export function plainRow(cells: Record<string, FigureCell>): FigureRow {
  return { cells, count: 0, inquiryIds: [] };
}
