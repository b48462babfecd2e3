// Career choices (target level, region) shared by the profile, the offers and their forms.
export const TARGET_LEVELS = [
  { value: "JUNIOR", label: "Junior" },
  { value: "MID", label: "Mid-level" },
  { value: "SENIOR", label: "Senior" },
  { value: "STAFF", label: "Staff" },
  { value: "PRINCIPAL", label: "Principal" },
  { value: "TECH_LEAD", label: "Tech Lead (management)" },
  { value: "ENGINEERING_MANAGER", label: "Engineering Manager" },
  { value: "DIRECTOR", label: "Director" },
  { value: "VP_ENGINEERING", label: "VP Engineering" },
] as const;

export const REGIONS = [
  { value: "UNITED_STATES", label: "United States" },
  { value: "EUROPE", label: "Europe (major tech hubs)" },
  { value: "SINGAPORE", label: "Asia-Pacific: Singapore" },
  { value: "HONG_KONG", label: "Asia-Pacific: Hong Kong" },
  { value: "AUSTRALIA", label: "Asia-Pacific: Australia" },
  { value: "INDIA", label: "Asia-Pacific: India" },
  { value: "OTHER_APAC", label: "Asia-Pacific: other markets" },
] as const;
