import type { BoardProvider } from "./watch.types.js";

// Each provider's answer as its public postings API documents it, written for these tests with
// made-up companies and jobs. Two postings each, one of them in the user's line of work.

export const BOARD_FIXTURES: { readonly [P in BoardProvider]: { token: string; body: unknown } } = {
  greenhouse: {
    token: "acme",
    body: {
      jobs: [
        {
          id: 4012345,
          internal_job_id: 300111,
          title: "Senior Data Engineer",
          updated_at: "2026-11-25T10:12:00-05:00",
          first_published: "2026-11-24T09:00:00-05:00",
          requisition_id: "REQ-118",
          location: { name: "Chicago, IL" },
          absolute_url: "https://boards.greenhouse.io/acme/jobs/4012345",
          metadata: null,
          content: "&lt;p&gt;Build our pipelines.&lt;/p&gt;",
          departments: [{ id: 77, name: "Data Platform", parent_id: null, child_ids: [] }],
          offices: [
            { id: 9, name: "Chicago", location: "Chicago, IL", parent_id: null, child_ids: [] },
          ],
        },
        {
          id: 4012399,
          internal_job_id: 300222,
          title: "Office Manager",
          updated_at: "2026-11-26T08:00:00-05:00",
          requisition_id: null,
          location: { name: "Remote - US" },
          absolute_url: "https://boards.greenhouse.io/acme/jobs/4012399",
          metadata: null,
          content: "",
          departments: [],
          offices: [],
        },
      ],
      meta: { total: 2 },
    },
  },
  lever: {
    token: "acme",
    body: [
      {
        id: "5a1c7e42-3b1f-4c58-9d55-0f1e2a3b4c5d",
        text: "Analytics Engineer",
        categories: {
          commitment: "Full-time",
          department: "Engineering",
          location: "Berlin",
          team: "Data",
          allLocations: ["Berlin"],
        },
        country: "DE",
        workplaceType: "hybrid",
        createdAt: 1795600800000,
        descriptionPlain: "Model our warehouse.",
        description: "<div>Model our warehouse.</div>",
        lists: [{ text: "What you will do", content: "<li>dbt</li>" }],
        additional: "",
        hostedUrl: "https://jobs.lever.co/acme/5a1c7e42-3b1f-4c58-9d55-0f1e2a3b4c5d",
        applyUrl: "https://jobs.lever.co/acme/5a1c7e42-3b1f-4c58-9d55-0f1e2a3b4c5d/apply",
      },
      {
        id: "9b2d8f53-4c2a-4d69-8e66-1a2b3c4d5e6f",
        text: "Account Executive",
        categories: { commitment: "Full-time", department: "Sales", location: "London" },
        createdAt: 1795687200000,
        hostedUrl: "https://jobs.lever.co/acme/9b2d8f53-4c2a-4d69-8e66-1a2b3c4d5e6f",
        applyUrl: "https://jobs.lever.co/acme/9b2d8f53-4c2a-4d69-8e66-1a2b3c4d5e6f/apply",
      },
    ],
  },
  ashby: {
    token: "acme",
    body: {
      apiVersion: "1",
      jobs: [
        {
          id: "f3e2d1c0-aaaa-4bbb-8ccc-0123456789ab",
          title: "Data Engineer, Platform",
          department: "Engineering",
          team: "Data Platform",
          employmentType: "FullTime",
          location: "Amsterdam",
          secondaryLocations: [{ location: "Remote (EU)" }],
          publishedAt: "2026-11-23T12:00:00.000+00:00",
          isListed: true,
          isRemote: false,
          workplaceType: "Hybrid",
          address: {
            postalAddress: { addressLocality: "Amsterdam", addressCountry: "Netherlands" },
          },
          jobUrl: "https://jobs.ashbyhq.com/acme/f3e2d1c0-aaaa-4bbb-8ccc-0123456789ab",
          applyUrl:
            "https://jobs.ashbyhq.com/acme/f3e2d1c0-aaaa-4bbb-8ccc-0123456789ab/application",
          descriptionHtml: "<p>Pipelines.</p>",
          descriptionPlain: "Pipelines.",
        },
        {
          id: "0a0b0c0d-1111-4222-8333-444455556666",
          title: "Unlisted Internal Role",
          isListed: false,
          jobUrl: "https://jobs.ashbyhq.com/acme/0a0b0c0d-1111-4222-8333-444455556666",
          publishedAt: "2026-11-22T12:00:00.000+00:00",
        },
        {
          id: "7e7e7e7e-2222-4333-8444-555566667777",
          title: "Product Designer",
          department: "Design",
          location: "Remote",
          isListed: true,
          jobUrl: "https://jobs.ashbyhq.com/acme/7e7e7e7e-2222-4333-8444-555566667777",
          publishedAt: "2026-11-25T12:00:00.000+00:00",
        },
      ],
    },
  },
  workable: {
    token: "acme",
    body: {
      name: "Acme",
      description: null,
      jobs: [
        {
          title: "Data Engineer",
          shortcode: "A1B2C3D4E5",
          code: "",
          employment_type: "Full-time",
          telecommuting: false,
          department: "Data",
          url: "https://apply.workable.com/j/A1B2C3D4E5",
          shortlink: "https://apply.workable.com/j/A1B2C3D4E5",
          application_url: "https://apply.workable.com/j/A1B2C3D4E5/apply",
          published_on: "2026-11-24",
          created_at: "2026-11-23",
          country: "United States",
          city: "Austin",
          state: "Texas",
          education: "",
          experience: "",
          function: "",
          industry: "",
          locations: [
            {
              country: "United States",
              countryCode: "US",
              city: "Austin",
              region: "Texas",
              hidden: false,
            },
          ],
        },
        {
          title: "Customer Success Manager",
          shortcode: "F6G7H8I9J0",
          employment_type: "Full-time",
          telecommuting: true,
          department: "Customer",
          url: "https://apply.workable.com/j/F6G7H8I9J0",
          shortlink: "https://apply.workable.com/j/F6G7H8I9J0",
          published_on: "2026-11-25",
          created_at: "2026-11-25",
          country: "United States",
          city: "",
          state: "",
        },
      ],
    },
  },
  smartrecruiters: {
    token: "AcmeCorp",
    body: {
      offset: 0,
      limit: 100,
      totalFound: 2,
      content: [
        {
          id: "744000099887766",
          name: "Data Engineer (m/f/d)",
          uuid: "1f2e3d4c-5b6a-4789-9abc-def012345678",
          refNumber: "REF4411Q",
          company: { identifier: "AcmeCorp", name: "Acme Corp" },
          releasedDate: "2026-11-24T08:30:00.000Z",
          location: {
            city: "Munich",
            region: "BY",
            country: "de",
            remote: false,
            fullLocation: "Munich, BY, Germany",
          },
          industry: { id: "it", label: "Information Technology" },
          department: { id: "1234", label: "Data & Analytics" },
          function: { id: "engineering", label: "Engineering" },
          typeOfEmployment: { id: "permanent", label: "Full-time" },
          experienceLevel: { id: "mid_senior_level", label: "Mid-Senior Level" },
          customField: [],
          ref: "https://api.smartrecruiters.com/v1/companies/AcmeCorp/postings/744000099887766",
          creator: { name: "A. Recruiter" },
          language: { code: "en", label: "English" },
        },
        {
          id: "744000099887700",
          name: "Warehouse Associate",
          releasedDate: "2026-11-26T08:30:00.000Z",
          location: { city: "Hamburg", country: "de", remote: true },
          department: {},
          ref: "https://api.smartrecruiters.com/v1/companies/AcmeCorp/postings/744000099887700",
        },
      ],
    },
  },
  recruitee: {
    token: "acme",
    body: {
      offers: [
        {
          id: 1887711,
          slug: "data-engineer",
          title: "Data Engineer",
          status: "published",
          department: "Data",
          location: "Utrecht, Netherlands",
          city: "Utrecht",
          country: "Netherlands",
          careers_url: "https://acme.recruitee.com/o/data-engineer",
          careers_apply_url: "https://acme.recruitee.com/o/data-engineer/c/new",
          published_at: "2026-11-24 10:00:00 UTC",
          created_at: "2026-11-20 09:00:00 UTC",
          employment_type_code: "fulltime",
          remote: false,
        },
        {
          id: 1887799,
          slug: "hr-business-partner",
          title: "HR Business Partner",
          status: "published",
          department: "People",
          location: "",
          city: "Rotterdam",
          country: "Netherlands",
          careers_url: "https://acme.recruitee.com/o/hr-business-partner",
          published_at: "2026-11-25 10:00:00 UTC",
        },
      ],
    },
  },
};

/**
 * One page of a big SmartRecruiters board, as its postings API pages (`offset`, `limit`,
 * `totalFound`, `content`): postings `offset`… of `total`, at most `limit` of them.
 */
export function smartRecruitersPage(offset: number, limit: number, total: number): unknown {
  const count = Math.max(0, Math.min(limit, total - offset));
  return {
    offset,
    limit,
    totalFound: total,
    content: Array.from({ length: count }, (_, i) => {
      const n = offset + i;
      return {
        id: String(744000100000000 + n),
        name: n % 7 === 0 ? `Data Engineer ${n}` : `Store Associate ${n}`,
        uuid: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
        refNumber: `REF${n}`,
        company: { identifier: "BigCorp", name: "Big Corp" },
        releasedDate: "2026-11-24T08:30:00.000Z",
        location: { city: "Munich", country: "de", remote: false },
        department: { id: "ops", label: "Operations" },
        ref: `https://api.smartrecruiters.com/v1/companies/BigCorp/postings/${744000100000000 + n}`,
      };
    }),
  };
}

/** A slice of a big Lever board as `skip`/`limit` give it: an array, no total. */
export function leverPage(skip: number, limit: number, total: number): unknown[] {
  return Array.from({ length: Math.max(0, Math.min(limit, total - skip)) }, (_, i) => {
    const n = skip + i;
    const id = `00000000-1111-4222-8333-${String(n).padStart(12, "0")}`;
    return {
      id,
      text: `Engineer ${n}`,
      categories: { commitment: "Full-time", department: "Engineering", location: "Berlin" },
      createdAt: 1795600800000,
      hostedUrl: `https://jobs.lever.co/bigco/${id}`,
      applyUrl: `https://jobs.lever.co/bigco/${id}/apply`,
    };
  });
}
