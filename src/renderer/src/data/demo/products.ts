import type { Product } from '../../../../shared/schemas';

/*
 * Three fictional medicines with invented INNs (halvastatin, fjordagliptin, skarixaban). They
 * borrow real INN stems (-vastatin, -gliptin, -xaban) so the questions about them are realistic;
 * no product, trial or result here is real.
 */

export type DemoProductKey = 'cardivex' | 'glyconor' | 'trombexa';

export type DemoProduct = Pick<
  Product,
  | 'reference'
  | 'brandName'
  | 'genericName'
  | 'synonyms'
  | 'strengths'
  | 'therapeuticArea'
  | 'approvedIndications'
> & { key: DemoProductKey };

export const demoProducts: readonly DemoProduct[] = [
  {
    key: 'cardivex',
    reference: 'PRD-CDX',
    brandName: 'Cardivex',
    genericName: 'halvastatin',
    synonyms: ['HLV-204', 'halvastatine', 'Halvastatin-Calcium', 'cardivix', 'halvostatin'],
    strengths: ['10 mg film-coated tablet', '20 mg film-coated tablet', '40 mg film-coated tablet'],
    therapeuticArea: 'Cardiovascular / lipid lowering',
    approvedIndications: [
      {
        country: 'US',
        text: 'Adjunct to diet to reduce LDL-C in adults with primary hyperlipidemia, including heterozygous familial hypercholesterolemia (HeFH), and in pediatric patients aged 10 years and older with HeFH; to reduce the risk of myocardial infarction, stroke and arterial revascularization in adults with multiple risk factors for coronary heart disease.',
      },
      {
        country: 'EU',
        text: 'Primary hypercholesterolaemia or mixed dyslipidaemia in adults, as an adjunct to diet when response to diet and other non-pharmacological measures is inadequate. Heterozygous familial hypercholesterolaemia in adults and adolescents aged 12 years and older. Prevention of cardiovascular events in adults estimated to have a high risk of a first cardiovascular event.',
      },
      {
        country: 'DE',
        text: 'Primäre Hypercholesterinämie oder gemischte Dyslipidämie bei Erwachsenen, begleitend zu einer Diät. Heterozygote familiäre Hypercholesterinämie bei Erwachsenen und Jugendlichen ab 12 Jahren. Prävention kardiovaskulärer Ereignisse bei Erwachsenen mit hohem Risiko für ein erstes kardiovaskuläres Ereignis.',
      },
      {
        country: 'FR',
        text: "Hypercholestérolémie primaire ou dyslipidémie mixte chez l'adulte, en complément d'un régime alimentaire. Hypercholestérolémie familiale hétérozygote chez l'adulte et l'adolescent à partir de 12 ans. Prévention des événements cardiovasculaires chez l'adulte à haut risque d'un premier événement cardiovasculaire.",
      },
    ],
  },
  {
    key: 'glyconor',
    reference: 'PRD-GLN',
    brandName: 'Glyconor',
    genericName: 'fjordagliptin',
    synonyms: [
      'FJG-117',
      'fjordagliptine',
      'Fjordagliptin',
      'glyconorr',
      'fjordagliptine phosphate',
    ],
    strengths: ['25 mg tablet', '50 mg tablet', '100 mg tablet'],
    therapeuticArea: 'Metabolism / type 2 diabetes',
    approvedIndications: [
      {
        country: 'US',
        text: 'Adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus. Not for use in type 1 diabetes mellitus or diabetic ketoacidosis.',
      },
      {
        country: 'EU',
        text: 'Adults with type 2 diabetes mellitus, as an adjunct to diet and exercise to improve glycaemic control: as monotherapy when metformin is inappropriate, and in combination with other medicinal products for the treatment of diabetes, including insulin.',
      },
      {
        country: 'DE',
        text: 'Erwachsene mit Diabetes mellitus Typ 2 zusätzlich zu Diät und Bewegung zur Verbesserung der Blutzuckerkontrolle: als Monotherapie, wenn Metformin ungeeignet ist, und in Kombination mit anderen Arzneimitteln zur Behandlung des Diabetes einschließlich Insulin.',
      },
      {
        country: 'FR',
        text: "Adultes atteints de diabète de type 2, en complément du régime alimentaire et de l'exercice physique : en monothérapie lorsque la metformine n'est pas appropriée, et en association avec d'autres médicaments antidiabétiques, y compris l'insuline.",
      },
    ],
  },
  {
    key: 'trombexa',
    reference: 'PRD-TRX',
    brandName: 'Trombexa',
    genericName: 'skarixaban',
    synonyms: ['SKX-310', 'skarixabane', 'Skarixaban', 'trombexxa', 'scarixaban'],
    strengths: ['10 mg film-coated tablet', '15 mg film-coated tablet', '20 mg film-coated tablet'],
    therapeuticArea: 'Cardiovascular / anticoagulation',
    approvedIndications: [
      {
        country: 'US',
        text: 'To reduce the risk of stroke and systemic embolism in adults with nonvalvular atrial fibrillation; treatment of deep vein thrombosis (DVT) and pulmonary embolism (PE), and reduction in the risk of their recurrence.',
      },
      {
        country: 'EU',
        text: 'Prevention of stroke and systemic embolism in adults with non-valvular atrial fibrillation and one or more risk factors. Treatment of DVT and PE, and prevention of recurrent DVT and PE, in adults. Prevention of venous thromboembolism in adults after elective hip or knee replacement surgery.',
      },
      {
        country: 'DE',
        text: 'Prophylaxe von Schlaganfällen und systemischen Embolien bei Erwachsenen mit nicht-valvulärem Vorhofflimmern und einem oder mehreren Risikofaktoren. Behandlung von TVT und LE sowie Prophylaxe von deren Rezidiven bei Erwachsenen. Prophylaxe venöser Thromboembolien nach elektivem Hüft- oder Kniegelenksersatz.',
      },
      {
        country: 'FR',
        text: "Prévention de l'AVC et de l'embolie systémique chez l'adulte atteint de fibrillation atriale non valvulaire avec un ou plusieurs facteurs de risque. Traitement de la TVP et de l'EP et prévention de leurs récidives chez l'adulte. Prévention des événements thromboemboliques veineux après chirurgie programmée de la hanche ou du genou.",
      },
    ],
  },
];
