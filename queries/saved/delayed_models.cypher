// name: delayed_models
// title: Delayed models and the reasons given
// description: >
//   Models an organization delayed (DELAYED facts), newest first, with the reason and a supporting
//   quote. Reported events only unless include_reference.
// params:
//   - name: organization
//     type: entity
//     description: Only this developer (name, alias or id); all when left out.
//   - name: include_reference
//     type: bool
//     default: false
//     description: Also list delays known only from the reference data.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (o:Organization)-[r:DELAYED]->(m:Model)
WHERE ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  AND ($organization IS NULL OR o.id = $organization)
RETURN coalesce(r.date, r.first_reported) AS date, o.name AS developer, m.name AS model,
       r.reason AS reason, r.evidence[0] AS quote, size(r.sources) AS sources
ORDER BY date IS NULL, date DESC, model
