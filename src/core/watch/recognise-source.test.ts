import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { recogniseSource } from "./recognise-source.js";

describe("recogniseSource (R20)", () => {
  it.each([
    [
      "https://boards.greenhouse.io/acme",
      "greenhouse",
      "acme",
      "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true",
    ],
    [
      "https://job-boards.greenhouse.io/acme/jobs/4012345",
      "greenhouse",
      "acme",
      "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true",
    ],
    [
      "https://boards.greenhouse.io/embed/job_board?for=acme",
      "greenhouse",
      "acme",
      "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true",
    ],
    ["jobs.lever.co/acme", "lever", "acme", "https://api.lever.co/v0/postings/acme?mode=json"],
    [
      "https://jobs.eu.lever.co/acme/5a1c7e42",
      "lever",
      "acme",
      "https://api.eu.lever.co/v0/postings/acme?mode=json",
    ],
    [
      "https://api.eu.lever.co/v0/postings/acme?mode=json",
      "lever",
      "acme",
      "https://api.eu.lever.co/v0/postings/acme?mode=json",
    ],
    [
      "https://jobs.ashbyhq.com/acme",
      "ashby",
      "acme",
      "https://api.ashbyhq.com/posting-api/job-board/acme",
    ],
    [
      "https://apply.workable.com/acme/",
      "workable",
      "acme",
      "https://apply.workable.com/api/v1/widget/accounts/acme",
    ],
    [
      "https://acme.workable.com",
      "workable",
      "acme",
      "https://apply.workable.com/api/v1/widget/accounts/acme",
    ],
    [
      "https://jobs.smartrecruiters.com/AcmeCorp",
      "smartrecruiters",
      "AcmeCorp",
      "https://api.smartrecruiters.com/v1/companies/AcmeCorp/postings",
    ],
    [
      "https://careers.smartrecruiters.com/AcmeCorp/data",
      "smartrecruiters",
      "AcmeCorp",
      "https://api.smartrecruiters.com/v1/companies/AcmeCorp/postings",
    ],
    [
      "https://acme.recruitee.com/o/data-engineer",
      "recruitee",
      "acme",
      "https://acme.recruitee.com/api/offers/",
    ],
  ])("%s is a %s board", (input, provider, token, apiUrl) => {
    expect(recogniseSource(input)).toEqual({ kind: "board", provider, token, apiUrl });
  });

  it("takes any other web address as a news feed", () => {
    expect(recogniseSource(" https://www.acme.example/news/feed.xml#top ")).toEqual({
      kind: "feed",
      url: "https://www.acme.example/news/feed.xml",
    });
    expect(recogniseSource("https://boards.greenhouse.io/")).toEqual({
      kind: "feed",
      url: "https://boards.greenhouse.io/",
    });
  });

  it("refuses what is not a web address, by the field's label", () => {
    for (const bad of [
      "ftp://acme.example/feed",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "https://user:pw@acme.example/feed",
      "http://",
    ]) {
      expect(() => recogniseSource(bad), bad).toThrow(AppError);
    }
    expect(() => recogniseSource("ftp://acme.example/feed")).toThrow(
      "Source URL must start with https:// or http://.",
    );
    expect(() => recogniseSource("https://jobs.lever.co/%3Cscript%3E")).toThrow(
      /is not a board name/,
    );
  });

  it("never throws anything but AppError, and what it gives is http(s) (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (input) => {
          try {
            const ref = recogniseSource(input);
            const url = ref.kind === "board" ? ref.apiUrl : ref.url;
            expect(url).toMatch(/^https?:\/\//);
          } catch (e) {
            expect(e).toBeInstanceOf(AppError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
