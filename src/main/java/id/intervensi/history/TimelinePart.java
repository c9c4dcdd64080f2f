package id.intervensi.history;

import java.util.List;

/** One source of a case's timeline; the timeline puts the events of all sources in order. */
interface TimelinePart {

  List<Entry> entries(CaseRecord record);
}
