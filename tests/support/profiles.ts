/** The profile most integration tests set first: a user in Chicago on US holidays. */
export const ANA_IN_CHICAGO = {
  name: "Ana Ruiz",
  email: "ana@example.com",
  timeZone: "America/Chicago",
  country: "US",
} as const;
