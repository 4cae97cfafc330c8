/** What the provider form shows again after a refusal: exactly what was typed. */
export type ProviderFormValues = {
  providerId: string;
  version: string;
  name: string;
  domains: string[];
  languages: string;
  isWomenOnly: boolean;
  acceptsMothersWithChildren: boolean;
  contact: string;
};

export const EMPTY_PROVIDER: ProviderFormValues = {
  providerId: "",
  version: "",
  name: "",
  domains: [],
  languages: "",
  isWomenOnly: false,
  acceptsMothersWithChildren: false,
  contact: "",
};
