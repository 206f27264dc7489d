import { describe, expect, it } from 'vitest';
import { buildResponseLetter, type ResponseLetterInput } from '../../../src/shared/documents';
import { createNodePdfRenderer } from '../../../src/server/documents/render-pdf';
import {
  missedDosePatient,
  periopEnglish,
  valvesOffLabel,
} from '../../fixtures/documents/documents';
import { letterInput, trombexaSafetyInformation } from '../../fixtures/documents/letters';
import { flatten, pdfPages } from '../../helpers/pdf-text';

const render = createNodePdfRenderer();

async function printedPages(input: ResponseLetterInput): Promise<string[]> {
  return (await pdfPages(await render(buildResponseLetter(input)))).map(flatten);
}

function offLabelInput(): ResponseLetterInput {
  const base = letterInput();
  return letterInput({
    inquiry: { ...base.inquiry, isOffLabel: true, isUnsolicitedConfirmed: true },
    recipient: { ...base.recipient, country: 'DE', address: 'Ismaninger Str. 22\n81675 München' },
    questions: ['Can Trombexa be used in a patient with a mechanical mitral valve?'],
    answers: [{ document: valvesOffLabel }],
    importantSafetyInformation: trombexaSafetyInformation,
  });
}

const offLabelMarkers = [
  'RESPONSE TO AN UNSOLICITED REQUEST FOR MEDICAL INFORMATION',
  'Important: the use you asked about is not approved',
  'Approved indications of Trombexa (skarixaban) (Germany)',
  'Important safety information',
  'Prescribing information of Trombexa (skarixaban)',
  'Unsolicited request',
];

describe('the response letter, as printed', () => {
  it('carries letterhead, recipient, reference, question, answer and closing', async () => {
    const text = (await printedPages(letterInput())).join(' ');
    for (const expected of [
      'Halvorsen Pharma GmbH',
      'Fjordallee 12, 80333 München, Germany',
      'Dr Łukasz Żółć',
      'Ærøskøbing Medical Centre',
      '14 Harbour Road',
      'Date 16 March 2026',
      'Our reference MI-2026-K7Q-000123',
      'Your enquiry of 12 March 2026',
      'Your enquiry about Trombexa (skarixaban)',
      'Dear Dr Łukasz Żółć,',
      'How long before a hip replacement should my patient stop Trombexa, and is bridging needed?',
      'Our response',
      'Bleeding risk CrCl ≥ 50 mL/min CrCl 15–49 mL/min',
      'bridging with heparin is not recommended',
      'Yours sincerely,',
      'Prepared from approved documents: SRD-TRX-001 version 3.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('numbers each page "x of y" beside the reference, on every page', async () => {
    const pages = await printedPages(letterInput());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('Our reference MI-2026-K7Q-000123');
    });
  });

  it('lists the references numbered in Vancouver style', async () => {
    const text = (await printedPages(letterInput())).join(' ');
    expect(text).toContain(
      'References 1. Rossi G, Aasheim R, Dubois M. Perioperative interruption of skarixaban: outcomes in 2,140 procedures from SKAR-AF. J Thromb Haemost Demo. 2020;18(4):812-21. doi:10.5555/demo.trx.2020.002. PMID: 31900001. 2. Trombexa Summary of Product Characteristics, section 4.4.',
    );
  });

  it('shows the signature’s printed name, date and time, and meaning (21 CFR 11.50)', async () => {
    const text = (await printedPages(letterInput())).join(' ');
    expect(text).toContain('Electronically signed by: Maja Lindqvist');
    expect(text).toContain('Date and time: 16 March 2026 at 10:14 (UTC+01:00)');
    expect(text).toContain(
      'Meaning of the signature: Responsible for this response: prepared from approved content and released to the requester',
    );
    expect(text).toContain('Signed content (SHA-256): 3f7a9c2e5b8d1f4a');
  });

  it('carries the off-label block, enclosure and marks exactly when the question is off-label', async () => {
    const offLabelPages = await printedPages(offLabelInput());
    const offLabelText = offLabelPages.join(' ');
    for (const marker of offLabelMarkers) expect(offLabelText).toContain(marker);
    expect(offLabelText).toContain(
      'not part of its approved product information (country of approval: Germany)',
    );
    expect(offLabelText).toContain('Prophylaxe von Schlaganfällen und systemischen Embolien');
    expect(offLabelText).toContain('Trombexa increases the risk of bleeding');
    for (const page of offLabelPages) expect(page).toContain('Unsolicited request');

    const onLabelText = (await printedPages(letterInput())).join(' ');
    for (const marker of offLabelMarkers) expect(onLabelText).not.toContain(marker);
  });

  it('fills the placeholders of approved text and nothing else', async () => {
    const text = (await printedPages(offLabelInput())).join(' ');
    expect(text).toContain(
      'Dear Dr Łukasz Żółć, you asked: "Can Trombexa be used in a patient with a mechanical mitral valve?"',
    );
    expect(text).toContain(
      'The safety and efficacy of Trombexa (skarixaban) have not been studied',
    );
    expect(text).not.toContain('{{');
  });

  it('tells a patient to speak to their doctor, and says when text was written for professionals', async () => {
    const recipient = { ...letterInput().recipient, type: 'patient' as const, name: 'Ærø Hansen' };
    const patientText = (
      await printedPages(letterInput({ recipient, answers: [{ document: missedDosePatient }] }))
    ).join(' ');
    expect(patientText).toContain('Please talk to your doctor or pharmacist');
    expect(patientText).not.toContain('written for healthcare professionals');

    const overridden = letterInput({
      recipient,
      answers: [{ document: periopEnglish }],
      patientOverrideReason:
        'The patient is a retired anaesthetist and asked for the professional text.',
    });
    const overriddenText = (await printedPages(overridden)).join(' ');
    expect(overriddenText).toContain('Please talk to your doctor or pharmacist');
    expect(overriddenText).toContain(
      'Parts of this information were written for healthcare professionals.',
    );
  });

  it('prints an edited answer as a draft until a specialist has reviewed it', async () => {
    const edited = `${periopEnglish.body}\n\nIn your patient, we suggest stopping three days before.`;
    const custom = letterInput({ answers: [{ document: periopEnglish, editedBody: edited }] });
    expect((await printedPages(custom)).join(' ')).toContain('DRAFT – NOT REVIEWED');

    const review = {
      printedName: 'Dr. Tobias Berger',
      jobTitle: 'Senior Medical Information Specialist',
      signedAt: '2026-03-16T11:02:00.000+01:00',
      meaning: 'custom-response-reviewed' as const,
    };
    const reviewed = { ...custom, signatures: [...custom.signatures, review] };
    const reviewedText = (await printedPages(reviewed)).join(' ');
    expect(reviewedText).not.toContain('NOT REVIEWED');
    expect(reviewedText).toContain('we suggest stopping three days before');
    expect(reviewedText).toContain(
      'Meaning of the signature: Reviewed this custom response and approved it for sending',
    );
  });

  it('prints an unsigned preview as a draft with the author’s name', async () => {
    const text = (await printedPages(letterInput({ signatures: [] }))).join(' ');
    expect(text).toContain('DRAFT');
    expect(text).toContain('Maja Lindqvist Medical Information Officer');
    expect(text).not.toContain('Electronically signed by');
  });
});
