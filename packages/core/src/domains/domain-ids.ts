/**
 * Support domains an integration plan can include (domain.md §2). Each domain's pathway,
 * principles and action catalogue live in domains.ts; the ids here are stable and stored.
 */
export const DOMAIN_IDS = [
  "accommodation", // safe accommodation (P4)
  "childcare", // childcare and motherhood (P3)
  "training", // training, education, vocational training (P7)
  "therapy", // psychological and psycho-social support (P5)
  "language", // language courses (P7)
  "legal", // legal status and rights (P2): reflection period, permits, asylum, non-punishment,
  //          compensation, criminal proceedings & witness protection, family reunification
  "medical", // medical and sexual/reproductive health (P6)
  "employment", // work and economic empowerment (EEM)
  "money", // allowance, bank account, debts (EEM)
  "peer-support", // peer-to-peer support groups (P11)
  "interpreting", // interpreting and cultural mediation
  "digital-safety", // digital safety (P8, §7)
] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];
