import type { StemLanguage } from './stemming';

/**
 * Medical abbreviations and the phrases they stand for, per language. The index gives a document
 * that writes either form both, so `PK` finds "pharmacokinetics" and "Pharmakokinetik" finds a
 * German text that only says `PK`. Abbreviations are international; phrases match only in
 * documents of their language. Ambiguous ones (MI: myocardial infarction or medical
 * information?) are left out on purpose.
 */
export type AbbreviationEntry = {
  abbreviations: readonly string[];
  phrases: Partial<Record<StemLanguage, readonly string[]>>;
};

export const medicalAbbreviations: readonly AbbreviationEntry[] = [
  {
    abbreviations: ['moa'],
    phrases: {
      en: ['mechanism of action'],
      de: ['Wirkmechanismus', 'Wirkungsmechanismus'],
      fr: ["mécanisme d'action"],
      es: ['mecanismo de acción'],
    },
  },
  {
    abbreviations: ['pk'],
    phrases: {
      en: ['pharmacokinetics', 'pharmacokinetic'],
      de: ['Pharmakokinetik'],
      fr: ['pharmacocinétique'],
      es: ['farmacocinética'],
    },
  },
  {
    abbreviations: ['pd'],
    phrases: {
      en: ['pharmacodynamics', 'pharmacodynamic'],
      de: ['Pharmakodynamik'],
      fr: ['pharmacodynamie'],
      es: ['farmacodinámica'],
    },
  },
  { abbreviations: ['pi', 'uspi'], phrases: { en: ['prescribing information'] } },
  {
    abbreviations: ['smpc', 'spc', 'rcp'],
    phrases: {
      en: ['summary of product characteristics'],
      de: ['Fachinformation', 'Zusammenfassung der Merkmale des Arzneimittels'],
      fr: ['résumé des caractéristiques du produit'],
      es: ['ficha técnica'],
    },
  },
  {
    abbreviations: ['pil'],
    phrases: {
      en: ['package leaflet', 'patient information leaflet'],
      de: ['Packungsbeilage', 'Gebrauchsinformation'],
      fr: ['notice'],
      es: ['prospecto'],
    },
  },
  {
    abbreviations: ['ae', 'sae'],
    phrases: {
      en: ['adverse event'],
      de: ['unerwünschtes Ereignis'],
      fr: ['événement indésirable'],
      es: ['acontecimiento adverso', 'evento adverso'],
    },
  },
  {
    abbreviations: ['adr', 'uaw'],
    phrases: {
      en: ['adverse drug reaction', 'adverse reaction', 'side effect'],
      de: ['Nebenwirkung', 'unerwünschte Arzneimittelwirkung'],
      fr: ['effet indésirable'],
      es: ['reacción adversa', 'efecto adverso'],
    },
  },
  {
    abbreviations: ['ddi'],
    phrases: {
      en: ['drug-drug interaction', 'drug interaction'],
      de: ['Wechselwirkung', 'Arzneimittelwechselwirkung'],
      fr: ['interaction médicamenteuse'],
      es: ['interacción farmacológica'],
    },
  },
  {
    abbreviations: ['hcp'],
    phrases: {
      en: ['healthcare professional', 'health care professional'],
      fr: ['professionnel de santé'],
      es: ['profesional sanitario'],
    },
  },
  {
    abbreviations: ['ck', 'cpk'],
    phrases: {
      en: ['creatine kinase', 'creatine phosphokinase'],
      de: ['Kreatinkinase'],
      fr: ['créatine kinase', 'créatine phosphokinase'],
      es: ['creatina quinasa', 'creatina cinasa'],
    },
  },
  {
    abbreviations: ['crcl'],
    phrases: {
      en: ['creatinine clearance'],
      de: ['Kreatinin-Clearance'],
      fr: ['clairance de la créatinine'],
      es: ['aclaramiento de creatinina'],
    },
  },
  {
    abbreviations: ['egfr'],
    phrases: { en: ['estimated glomerular filtration rate'], de: ['glomeruläre Filtrationsrate'] },
  },
  {
    abbreviations: ['ckd'],
    phrases: {
      en: ['chronic kidney disease'],
      de: ['chronische Nierenerkrankung'],
      fr: ['maladie rénale chronique'],
      es: ['enfermedad renal crónica'],
    },
  },
  {
    abbreviations: ['dvt', 'tvt', 'tvp'],
    phrases: {
      en: ['deep vein thrombosis', 'deep venous thrombosis'],
      de: ['tiefe Venenthrombose'],
      fr: ['thrombose veineuse profonde'],
      es: ['trombosis venosa profunda'],
    },
  },
  {
    abbreviations: ['pe', 'ep'],
    phrases: {
      en: ['pulmonary embolism'],
      de: ['Lungenembolie'],
      fr: ['embolie pulmonaire'],
      es: ['embolia pulmonar'],
    },
  },
  {
    abbreviations: ['vte'],
    phrases: {
      en: ['venous thromboembolism'],
      de: ['venöse Thromboembolie'],
      fr: ['thromboembolie veineuse'],
      es: ['tromboembolismo venoso'],
    },
  },
  {
    abbreviations: ['af', 'afib', 'vhf'],
    phrases: {
      en: ['atrial fibrillation'],
      de: ['Vorhofflimmern'],
      fr: ['fibrillation atriale', 'fibrillation auriculaire'],
      es: ['fibrilación auricular'],
    },
  },
  {
    abbreviations: ['t2dm', 't2d'],
    phrases: {
      en: ['type 2 diabetes'],
      de: ['Typ-2-Diabetes', 'Diabetes mellitus Typ 2'],
      fr: ['diabète de type 2'],
      es: ['diabetes tipo 2', 'diabetes de tipo 2'],
    },
  },
  {
    abbreviations: ['hba1c'],
    phrases: {
      en: ['glycated haemoglobin', 'glycated hemoglobin'],
      de: ['glykiertes Hämoglobin'],
      fr: ['hémoglobine glyquée'],
      es: ['hemoglobina glicosilada'],
    },
  },
  {
    abbreviations: ['uln'],
    phrases: {
      en: ['upper limit of normal'],
      de: ['obere Normgrenze'],
      fr: ['limite supérieure de la normale'],
      es: ['límite superior de la normalidad'],
    },
  },
  {
    abbreviations: ['iv'],
    phrases: { en: ['intravenous'], de: ['intravenös'], fr: ['intraveineux'], es: ['intravenoso'] },
  },
  {
    abbreviations: ['sc'],
    phrases: { en: ['subcutaneous'], de: ['subkutan'], fr: ['sous-cutané'], es: ['subcutáneo'] },
  },
  {
    abbreviations: ['bid'],
    phrases: {
      en: ['twice daily'],
      de: ['zweimal täglich'],
      fr: ['deux fois par jour'],
      es: ['dos veces al día'],
    },
  },
  {
    abbreviations: ['qd', 'od'],
    phrases: {
      en: ['once daily'],
      de: ['einmal täglich'],
      fr: ['une fois par jour'],
      es: ['una vez al día'],
    },
  },
  {
    abbreviations: ['pv'],
    phrases: {
      en: ['pharmacovigilance'],
      de: ['Pharmakovigilanz'],
      fr: ['pharmacovigilance'],
      es: ['farmacovigilancia'],
    },
  },
  {
    abbreviations: ['inr'],
    phrases: { en: ['international normalised ratio', 'international normalized ratio'] },
  },
  {
    abbreviations: ['nsaid', 'nsar', 'ains'],
    phrases: {
      en: ['non-steroidal anti-inflammatory'],
      de: ['nichtsteroidales Antirheumatikum', 'nichtsteroidale Antirheumatika'],
      fr: ['anti-inflammatoire non stéroïdien'],
      es: ['antiinflamatorio no esteroideo'],
    },
  },
  {
    abbreviations: ['ppi'],
    phrases: {
      en: ['proton pump inhibitor'],
      de: ['Protonenpumpenhemmer'],
      fr: ['inhibiteur de la pompe à protons'],
      es: ['inhibidor de la bomba de protones'],
    },
  },
  {
    abbreviations: ['auc'],
    phrases: {
      en: ['area under the curve'],
      de: ['Fläche unter der Kurve'],
      fr: ['aire sous la courbe'],
      es: ['área bajo la curva'],
    },
  },
];
