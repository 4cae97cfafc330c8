/**
 * The Human Trafficking Case Data Standard's field names (HTCDS 2.0, IOM), as listed in
 * "HTCDS Field Reference.md" of github.com/UNMigration/HTCDS (the sections Organisation,
 * Person, Person Victim Context, Person Perpetrator Context, Historic Trafficking Events, Case),
 * with the picklist values of the fields our aggregate export uses. HTCDS is a case-level
 * standard; no case-level row ever leaves an organisation (domain.md §7.2), so the export is
 * aggregate: HTCDS columns where the standard has one, and `agg_` columns (declared below,
 * with their meaning) for what HTCDS has no field for, plus the protected `count`.
 */
export const HTCDS_SOURCE = "https://github.com/UNMigration/HTCDS/blob/master/HTCDS%20Field%20Reference.md";

export const HTCDS_FIELDS = [
  // Organisation
  "org_Name",
  "org_ShippingCity",
  "org_ShippingCountry",
  "org_ShippingState",
  "org_ShippingStreet",
  "org_ShippingPostalCode",
  "org_ShippingLongitude",
  "org_ShippingLatitude",
  "org_Phone",
  "org_Type",
  // Person
  "prs_Salutation",
  "prs_FirstName",
  "prs_MiddleName",
  "prs_SecondName",
  "prs_Birthdate",
  "prs_Gender",
  "prs_Deceased",
  "prs_Nationality",
  "prs_Title",
  "prs_Email",
  "prs_HomePhone",
  "prs_MobilePhone",
  "prs_MailingCity",
  "prs_MailingCountry",
  "prs_MailingState",
  "prs_MailingStreet",
  "prs_MailingPostalCode",
  "prs_MailingLongitude",
  "prs_MailingLatitude",
  // Person victim context
  "vic_AgreementToManagePersonalData",
  "vic_RecruitmentWebsitesAndApps",
  "vic_MethodOfRecruitment",
  "vic_LocationOfRecruitment",
  "vic_MethodsOfControl",
  "vic_TypeOfLabourExploitation",
  "vic_LabourIndustry", // written "Labour Industry" in the source
  "vic_TypeOfSexExploitation",
  "vic_LocationOfExploitation",
  "vic_ExploitationWebsitesAndApps",
  "vic_Vulnerabilities",
  "vic_DetailsOfVulnerabilities",
  // Person perpetrator context
  "per_RoleInProcess",
  "per_RoleDetails",
  "per_Organisation",
  // Historic trafficking events
  "hte_Longitude",
  "hte_Latitude",
  "hte_City",
  "hte_Country",
  "hte_State",
  "hte_Street",
  "hte_PostalCode",
  "hte_Date",
  "hte_Type",
  "hte_Description",
  // Case
  "cas_Status",
  "cas_ReferringOrganisation",
  "cas_IncomingReferralDate",
  "cas_ReferringPrimaryCaseWorker",
  "cas_ReasonForIncomingReferral",
  "cas_IncomingReferralDetails",
  "cas_ReferredOrganisation",
] as const;
export type HtcdsField = (typeof HTCDS_FIELDS)[number];

/** Picklist values HTCDS gives for the fields the export uses (org_ShippingCountry: ISO 3166 alpha-2). */
export const HTCDS_PICKLISTS = {
  prs_Gender: ["Male", "Female", "Transgender/NonConforming", "Unknown"],
  cas_Status: ["Active", "FollowUp", "Closed", "ClosedReferred"],
} as const;

/**
 * Columns of the aggregate export that HTCDS has no field for (derived, never case-level):
 * her age band (HTCDS holds a birthdate, which never leaves), her citizenship group (HTCDS
 * `prs_Nationality` wants an ISO code; the record holds EU / third-country only), the year of
 * her first contact with the programme (the record holds no separate date of identification),
 * and the protected count of women in the cell.
 */
export const HTCDS_AGGREGATE_COLUMNS = [
  "agg_AgeBand",
  "agg_CitizenshipGroup",
  "agg_YearOfFirstContact",
  "count",
] as const;

/** Every column the aggregate export writes, in order: HTCDS fields first, then the aggregate ones. */
export const HTCDS_EXPORT_COLUMNS = [
  "prs_Gender",
  "cas_Status",
  "org_ShippingCountry",
  ...HTCDS_AGGREGATE_COLUMNS,
] as const satisfies readonly (HtcdsField | (typeof HTCDS_AGGREGATE_COLUMNS)[number])[];
export type HtcdsExportColumn = (typeof HTCDS_EXPORT_COLUMNS)[number];
