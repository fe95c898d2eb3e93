/** The outline under construction: the stack of open sections, nested by the order in which marker kinds first appear. */
import type { Section } from '../model.js';
import type { MarkerKind } from './markers.js';
import { isProblemHeading, nextStepPeriod, reviewHeadingPeriod, sectionPeriod, type Period } from './parts.js';

/** How high a marker kind always ranks: chapters (第一章), then formal numerals (壹、), then the kinds ranked by first use. */
function partRank(kind: MarkerKind): number {
  return kind === 'chapter' ? 0 : kind === 'fcn' ? 1 : 2;
}

interface OpenSection {
  section: Section;
  order: number;
  period: Period;
  children: number;
}

/** Sections as they open and close while the lines are read. */
export class Outline {
  readonly sections: Section[] = [];
  private readonly stack: OpenSection[] = [];
  private readonly kindOrder = new Map<MarkerKind, number>();
  /** The kinds first seen numbering paragraphs, not headings (3.1 特区政府以…为指引，…。): every heading kind ranks above them. */
  private readonly paragraphKinds = new Set<MarkerKind>();
  private rootChildren = 0;
  /** The period of the last part, when it reviews what was done (一、2024年工作情况), until a part of another period. */
  private lastReview: Period | null = null;
  /** The period a bare review part (背景) interrupted, while one is open. */
  private beforeBareReview: Period | null = null;

  /** `review`: the period of a top-level section reviewing where things stand before the plan the document is (现况). */
  constructor(private readonly documentId: string, private defaultPeriod: Period, private readonly review: Period | null = null) {}

  /** Sets the period of text outside any section (from the title). */
  setDefaultPeriod(period: Period): void {
    this.defaultPeriod = period;
  }

  /** The id of the innermost open section, or null at the top. */
  currentId(): string | null {
    return this.stack.length ? this.stack[this.stack.length - 1].section.id : null;
  }

  /** The period of the innermost open section (or the document's default). */
  currentPeriod(): Period {
    return this.stack.length ? this.stack[this.stack.length - 1].period : this.defaultPeriod;
  }

  /** Sets the period of the innermost open section (or the document's default) from here on. */
  setCurrentPeriod(period: Period): void {
    if (this.stack.length) this.stack[this.stack.length - 1].period = period;
    else this.defaultPeriod = period;
  }

  /** The period of a bare line that reviews where things stand before the plan the document is (背景), or null. */
  bareReview(line: string): Period | null {
    return this.review ? reviewHeadingPeriod(line, this.review) : null;
  }

  /**
   * A part headed by a bare line above numbered paragraphs (背景, 未来工作, as Legislative Council papers and circulars head
   * their parts): closes the paragraphs before it and speaks in `period`; a review's period holds up to the next bare
   * line (`closeBareReview`), a planned one to the end.
   */
  openBarePart(period: Period, end: number, review: boolean): void {
    this.closeTo(0, end);
    if (review) this.beforeBareReview ??= this.currentPeriod();
    this.setCurrentPeriod(period);
  }

  /** Ends a bare review part at the next bare line (详情), closing its paragraphs: the document's own period again. */
  closeBareReview(end: number): void {
    if (!this.beforeBareReview) return;
    this.closeTo(0, end);
    this.setCurrentPeriod(this.beforeBareReview);
    this.beforeBareReview = null;
  }

  /**
   * The order of a kind seen for the first time: below every kind seen before it, but above the kinds that number
   * paragraphs (a Policy Address's 3.1, 3.2 … under its headings （一）過去一年的工作進展 and crossheads), which move down.
   */
  private newKindOrder(kind: MarkerKind, paragraph: boolean): number {
    if (paragraph) {
      this.paragraphKinds.add(kind);
      return this.kindOrder.size;
    }
    let order = this.kindOrder.size;
    for (const k of this.paragraphKinds) order = Math.min(order, this.kindOrder.get(k)!);
    // Note: a part's formal numeral (壹、) or chapter (第一章) ranks above the plain headings seen before it too (a Taiwan
    // letter's 說明 一、…四、 above the report it sends, 壹、前言 … 貳、114年度推動成果 + 一、…).
    for (const [k, o] of this.kindOrder) if (partRank(k) > partRank(kind)) order = Math.min(order, o);
    if (order === this.kindOrder.size) return order;
    for (const [k, o] of this.kindOrder) if (o >= order) this.kindOrder.set(k, o + 1);
    for (const open of this.stack) if (open.order >= order) open.order++;
    return order;
  }

  /** Closes the open sections of this order or deeper, ending them at `end`. */
  closeTo(order: number, end: number): void {
    while (this.stack.length && this.stack[this.stack.length - 1].order >= order) this.stack.pop()!.section.end = end;
  }

  /**
   * Opens a section: a part (2019年…工作总结, with its own period) closes everything; a marker kind (一、 (一) 1.) nests
   * below the kinds seen before it. A problem heading inside a summary gives the section the PROBLEM status.
   */
  open(kind: MarkerKind, heading: string, start: number, headingEnd: number, partOf: Period | null, prevEnd: number, partMarker?: MarkerKind,
    paragraph = false): Period {
    let order = -1;
    if (kind !== 'part') {
      order = this.kindOrder.get(kind) ?? this.newKindOrder(kind, paragraph);
      this.kindOrder.set(kind, order);
    } else if (partMarker !== undefined && !this.kindOrder.has(partMarker)) {
      // Note: a part numbered like a heading (一、2026年度工作回顧) ranks its marker above those inside it, so the next
      // heading of that kind (二、2027年度施政重點) is its sibling, not a child of the part's last item.
      this.kindOrder.set(partMarker, this.kindOrder.size);
    }
    this.closeTo(order, prevEnd);
    const parent = this.stack.length ? this.stack[this.stack.length - 1] : null;
    const ordinal = parent ? ++parent.children : ++this.rootChildren;
    const path = parent ? `${parent.section.path}/${ordinal}` : String(ordinal);
    // Note: a review may head a section right under a chapter that speaks in the document's own period (第四部分… +
    // 一、过去一年工作回顾), as well as one of the document's: the chapter took the default period object itself.
    const chapter = parent !== null && this.stack.length === 1 && parent.period === this.defaultPeriod;
    const review = (!parent || chapter) && this.review ? reviewHeadingPeriod(heading, this.review) : null;
    let period = partOf ?? sectionPeriod(heading) ?? review ?? (parent ? parent.period : this.defaultPeriod);
    // Note: a review that names the problems after where things stand (现状与问题) speaks of both: what it counts is
    // where things stand, and a paragraph it labels as the problems (存在以下问题:) is PROBLEM on its own.
    if (!partOf && period.status === 'ACHIEVED' && isProblemHeading(heading) && !review) period = { year: period.year, status: 'PROBLEM' };
    // Note: so do the problems a report names after the part reviewing its year (二、2024-25年度工作回顧 + 三、面對的挑戰),
    // in that year, though the part is closed and the heading speaks in the document's period.
    else if (!partOf && !parent && period.status !== 'ACHIEVED' && this.lastReview && isProblemHeading(heading)) period = { year: this.lastReview.year, status: 'PROBLEM' };
    if (partOf) this.lastReview = partOf.status === 'ACHIEVED' ? partOf : null;
    if (!partOf) period = nextStepPeriod(heading, period, true) ?? period;
    const section: Section = {
      id: `${this.documentId}/sec:${path}`,
      parentId: parent ? parent.section.id : null,
      path,
      heading,
      level: this.stack.length + 1,
      ordinal,
      start,
      end: headingEnd,
    };
    this.sections.push(section);
    // Note: a part numbered like a heading ranks as its marker once open (一、2024年工作情况): the next heading of that kind
    // (二、补贴项目及标准) closes it and speaks in the document's period again, not in the part's.
    const rank = kind === 'part' && partMarker !== undefined ? this.kindOrder.get(partMarker) ?? order : order;
    this.stack.push({ section, order: rank, period, children: 0 });
    return period;
  }
}
