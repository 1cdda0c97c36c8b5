// name: facts_from_source
// title: Facts from one article
// description: >
//   Every fact an article supports (its id, or its URL), with the quotes taken from that article.
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
MATCH (s:Entity)-[r]->(o:Entity)
WHERE src.id IN r.sources
  AND (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
  AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only')
RETURN src.title AS article, s.name AS subject, type(r) AS predicate, o.name AS object, r.date AS date,
       [i IN range(0, size(r.evidence_sources) - 1) WHERE r.evidence_sources[i] = src.id | r.evidence[i]]
         AS quotes
ORDER BY predicate, subject, object
