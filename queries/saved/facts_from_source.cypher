// name: facts_from_source
// title: Facts from one article
// description: >
//   Every fact an article supports (its id, or its URL), with the quotes taken from that article.
//   Each fact type is read through its index of source ids (one branch per type), never by
//   reading every fact (fact types link entities only: the branches name no label).
// params:
//   - name: source
//     type: str
//     required: true
//     description: The article's source id (source:...) or URL.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (src:Source)
WHERE src.id = $source OR src.url = $source
WITH src, src.id AS sid
CALL {
  WITH sid
  MATCH (s)-[r:WORKS_AT]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:DEPARTED]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:JOINED]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:FOUNDED]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:BOARD_MEMBER_OF]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:VOTED_TO_REMOVE]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:DEVELOPED]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:GRANTED_ACCESS]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:REVOKED_ACCESS]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:COLLABORATED_WITH]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:COMPETES_WITH]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:CRITICIZED]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:DELAYED]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:INVESTED_IN]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:ACQUIRED]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
  UNION ALL
  WITH sid
  MATCH (s)-[r:PARTNERED_WITH]->(o)
  WHERE sid IN r.sources
  RETURN s, r, o
}
WITH src, s, r, o
WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
RETURN src.title AS article, s.name AS subject, type(r) AS predicate, o.name AS object, r.date AS date,
       [i IN range(0, size(r.evidence_sources) - 1) WHERE r.evidence_sources[i] = src.id | r.evidence[i]]
         AS quotes
ORDER BY predicate, subject, object
