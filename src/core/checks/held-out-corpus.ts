// Sentences written for an evaluation against harper.js, labelled before anyone looked at our
// grammar rules or at either checker's output on them. They keep the corpus figure honest: the
// rules were tuned alongside corpus.ts, not these. Labels say what a careful proofreader would
// flag; real-word confusions (here/hear, loosing, weather) count as grammar, as in corpus.ts.
import type { CorpusEntry } from "./corpus.js";

const G: CorpusEntry["expect"] = ["R21-grammar"];
const S: CorpusEntry["expect"] = ["R21-spelling"];
const C: CorpusEntry["expect"] = [];

export const HELD_OUT: CorpusEntry[] = (
  [
    ["I wanted to thank you for you're time on Monday.", G],
    ["Me and my manager discussed the role after the interview.", G],
    ["I could of explained the project better.", G],
    ["I should of mentioned my certification.", G],
    ["Your welcome to contact my references at any time.", G],
    ["I am excited to here more about the role.", G],
    ["Its a great opportunity for me.", G],
    ["I appreciate your time and look forward to speak with you again.", G],
    ["The interview went good and I learned a lot.", G],
    ["There team has built an impressive platform.", G],
    ["I have went through the materials you sent.", G],
    ["I would like to apologize for loosing track of time.", G],
    ["Thank you for the opportunity to discuss about the role.", G],
    ["It was nice to meet you and and the team.", G],
    ["I have an strong background in statistics.", G],
    ["I am looking forward to meet the team.", G],
    ["The position aligns with my skills, I am eager to contribute.", G],
    ["He don't think the timeline will change.", G],
    ["The projects you described is exactly what I enjoy.", G],
    ["Thanks for letting me know weather the role is still open.", G],
    ["I hope to here from you soon.", G],
    ["Thank you for you consideration.", G],
    ["I'm exited about the chance to join your team.", G],
    ["Please find attached my resume, I hope its useful.", G],
    ["I would appreciate if you could share any feedback.", G],
    ["Than you again for your time.", G],
    ["I will send the report untill Friday.", S],
    ["I really enjoyed our discusion about data quality.", S],
    ["Thank you for your hospitality and profesionalism.", S],
    ["I am availible any time next week.", S],
    ["The recomendation system you described was fascinating.", S],
    ["I apreciate your feedback on my portfolio.", S],
    ["My experiance with Spark would help your team.", S],
    ["It would be a privelege to join your team.", S],
    ["I have attatched my references.", S],
    ["The enviroment at your office felt collaborative.", S],
    ["I am commited to learning your stack quickly.", S],
    ["I've attached the slides from Tuesday's presentation.", C],
    ["We discussed how the team uses Terraform and GitHub Actions for deployments.", C],
    ["My notice period is four weeks, so I could start in early January.", C],
    ["Could we schedule a call on Thursday at 3 p.m. Eastern?", C],
    ["I'd be glad to complete a take-home exercise if that would help.", C],
    ["Thank you for explaining the team's approach to on-call and incident reviews.", C],
    ["The Q3 roadmap you shared looks ambitious but achievable.", C],
    ["I led a team that reduced query costs by 40% in six months.", C],
    ["Whether or not I move forward, I appreciated your candid feedback.", C],
    ["I'm happy to provide my references whenever it's convenient for you.", C],
    ["It was good to hear that the team values pair programming.", C],
    ["Your question about data contracts made me think about our own pipeline.", C],
    ["Its mission and its people are why I applied.", C],
    ["They're planning to hire two more engineers, and their manager seemed excited about it.", C],
    ["I look forward to hearing from you and to meeting the rest of the team.", C],
    ["Then again, I may have been more nervous than I realized.", C],
    ["Please let me know if you need anything else from me before Friday.", C],
    ["I'll be in Boston next week and could stop by the office.", C],
    ["The SQL exercise was fun, especially the window functions.", C],
    ["Thanks again, and have a great weekend.", C],
  ] as [string, CorpusEntry["expect"]][]
).map(([text, expect]) => ({ text, expect }));
