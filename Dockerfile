# The aikg app: the CLI and the Streamlit explorer, talking to Neo4j (docker compose) or embedded FalkorDB.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 AIKG_DATA_DIR=/data
WORKDIR /app
COPY pyproject.toml README.md ./
COPY aikg ./aikg
COPY graph ./graph
COPY ingest ./ingest
COPY queries ./queries
COPY dashboard ./dashboard
COPY samples ./samples
RUN pip install '.[test]'
COPY tests ./tests
COPY corpus ./corpus
VOLUME ["/data"]
EXPOSE 8501
CMD ["streamlit", "run", "dashboard/app.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
