import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Grid from '@mui/material/Grid';
import { createId } from '../../../../shared/domain';
import { actionTakenSchema, productRoleSchema } from '../../../../shared/schemas';
import type { NewAdverseEventReport, Product, ReportedProduct } from '../../../../shared/schemas';
import { useProducts } from '../../data';
import { NumberInput, SelectInput, TextInput } from './fields';
import { RepeatedSection } from './RepeatedSection';

type Props = {
  report: NewAdverseEventReport;
  onChange: (report: NewAdverseEventReport) => void;
  isReadOnly: boolean;
};

function blankProduct(): ReportedProduct {
  return {
    id: createId(),
    role: 'suspect',
    productId: null,
    name: '',
    strength: null,
    lotNumber: null,
    dose: { amount: null, unit: null, text: null },
    route: null,
    indication: null,
    startDate: null,
    stopDate: null,
    actionTaken: null,
  };
}

/** The company's products among those reported, for the indexed `productIds`. */
function withProducts(
  report: NewAdverseEventReport,
  products: ReportedProduct[],
): NewAdverseEventReport {
  const productIds = [
    ...new Set(
      products.flatMap((product) => (product.productId === null ? [] : [product.productId])),
    ),
  ];
  return { ...report, products, productIds };
}

function ProductFields({
  product,
  index,
  catalog,
  onChange,
}: {
  product: ReportedProduct;
  index: number;
  catalog: readonly Product[];
  onChange: (product: ReportedProduct) => void;
}): ReactNode {
  const { t } = useTranslation();
  const path = `products.${index}`;
  const text = (
    field: 'strength' | 'lotNumber' | 'route' | 'indication' | 'startDate' | 'stopDate',
    label: string,
  ): ReactNode => (
    <Grid size={{ xs: 6, md: 3 }}>
      <TextInput
        label={t(label)}
        path={`${path}.${field}`}
        value={product[field]}
        onChange={(value) => onChange({ ...product, [field]: value })}
      />
    </Grid>
  );
  const companyIds = catalog.map((item) => item.id);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 6, md: 3 }}>
        <SelectInput
          label={t('safetyReports.fields.role')}
          path={`${path}.role`}
          value={product.role}
          options={productRoleSchema.options}
          labelOf={(role) => t(`safetyReports.options.role.${role}`)}
          onChange={(role) => onChange({ ...product, role: role ?? 'suspect' })}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <SelectInput
          label={t('inquiries.products')}
          path={`${path}.productId`}
          value={product.productId}
          options={companyIds}
          labelOf={(id) => catalog.find((item) => item.id === id)?.brandName ?? id}
          onChange={(productId) =>
            onChange({
              ...product,
              productId,
              name:
                product.name || (catalog.find((item) => item.id === productId)?.brandName ?? ''),
            })
          }
          allowNone
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput
          label={t('safetyReports.fields.productName')}
          path={`${path}.name`}
          testId={`product-${index}-name`}
          value={product.name}
          onChange={(name) => onChange({ ...product, name: name ?? '' })}
        />
      </Grid>
      {text('strength', 'safetyReports.fields.strength')}
      {text('lotNumber', 'safetyReports.fields.lot')}
      <Grid size={{ xs: 6, md: 3 }}>
        <NumberInput
          label={t('safetyReports.fields.doseAmount')}
          path={`${path}.dose.amount`}
          value={product.dose.amount}
          onChange={(amount) => onChange({ ...product, dose: { ...product.dose, amount } })}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <TextInput
          label={t('safetyReports.fields.doseUnit')}
          path={`${path}.dose.unit`}
          value={product.dose.unit}
          onChange={(unit) => onChange({ ...product, dose: { ...product.dose, unit } })}
        />
      </Grid>
      <Grid size={12}>
        <TextInput
          label={t('safetyReports.fields.doseText')}
          path={`${path}.dose.text`}
          value={product.dose.text}
          onChange={(value) => onChange({ ...product, dose: { ...product.dose, text: value } })}
        />
      </Grid>
      {text('route', 'safetyReports.fields.route')}
      {text('indication', 'safetyReports.fields.indication')}
      {text('startDate', 'safetyReports.fields.startDate')}
      {text('stopDate', 'safetyReports.fields.stopDate')}
      <Grid size={{ xs: 6, md: 3 }}>
        <SelectInput
          label={t('safetyReports.fields.actionTaken')}
          path={`${path}.actionTaken`}
          value={product.actionTaken}
          options={actionTakenSchema.options}
          labelOf={(action) => t(`safetyReports.options.actionTaken.${action}`)}
          onChange={(actionTaken) => onChange({ ...product, actionTaken })}
          allowNone
        />
      </Grid>
    </Grid>
  );
}

/** G: suspect, interacting and concomitant products, as many as reported. */
export function ProductsSection({ report, onChange, isReadOnly }: Props): ReactNode {
  const { t } = useTranslation();
  const catalog = useProducts() ?? [];
  return (
    <RepeatedSection
      title={t('safetyReports.sections.products')}
      items={report.products}
      onChange={(products) => onChange(withProducts(report, products))}
      isReadOnly={isReadOnly}
      addLabel={t('safetyReports.actions.addProduct')}
      addTestId="add-product"
      newItem={blankProduct}
      renderItem={(product, index, change) => (
        <ProductFields product={product} index={index} catalog={catalog} onChange={change} />
      )}
    />
  );
}
