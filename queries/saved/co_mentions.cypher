// name: co_mentions
// title: Entities mentioned in the same articles
// description: >
//   The entities that articles mentioning an entity also mention, by number of shared articles,
//   with those articles' titles. Uses article mentions only (not facts).
// params:
//   - name: entity
//     type: entity
//     required: true
//     description: Name, alias or id of the entity.
//   - name: min_articles
//     type: int
//     default: 1
//     min: 1
//     description: Only entities sharing at least this many articles.
// result: table
MATCH (n:Entity {id: $entity})
MATCH (n)<-[:MENTIONS]-(src:Source)-[:MENTIONS]->(m:Entity)
WHERE m <> n
WITH m, count(DISTINCT src) AS articles, collect(DISTINCT src.title) AS titles
WHERE articles >= $min_articles
RETURN m.name AS entity, m.id AS id, articles, titles
ORDER BY articles DESC, entity
