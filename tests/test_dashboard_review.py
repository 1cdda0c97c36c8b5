"""The explorer's curation (Streamlit AppTest) on a scratch copy of the sample graph: the Review page
queue and its buttons, accept / reject on the entity page, the review filter."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from aikg.graph.curation import audit_records
from aikg.graph.review import ReviewState
from aikg.graph.stored_facts import facts_of, get_fact
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.conftest import ROOT

PAGES = ROOT / "dashboard" / "pages"
TIMEOUT = 60


@pytest.fixture
def scratch_env(scratch_store: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> FalkorDBStore:
    monkeypatch.setenv("AIKG_STORE", "embedded")
    monkeypatch.setenv("AIKG_DATA_DIR", str(scratch_store.data_dir))
    monkeypatch.setenv("AIKG_USER", "reviewer")
    return scratch_store


def page(name: str) -> AppTest:
    return AppTest.from_file(str(PAGES / f"{name}.py"), default_timeout=TIMEOUT)


def key(fact_id: str) -> str:
    return fact_id.replace(":", "-")


def criticized(store: FalkorDBStore) -> str:
    return next(f.fact_id for f in facts_of(store, "person:helen-toner") if f.predicate == "CRITICIZED")


def queue(app: AppTest) -> list[str]:
    return [t.value.strip("`") for t in app.caption if str(t.value).startswith("`fact:")]


def test_review_page_lists_the_queue_and_rejects_in_one_click(scratch_env: FalkorDBStore) -> None:
    app = page("review").run()
    assert not app.exception
    assert app.title[0].value == "Review"
    listed = queue(app)
    unreviewed = scratch_env.run("MATCH ()-[r]->() WHERE r.review = 'unreviewed' RETURN count(r)").scalar()
    assert unreviewed > 20 and len(listed) == 20  # one page
    app.button(key="review-more").click().run()
    listed = queue(app)
    assert len(listed) == unreviewed
    target = criticized(scratch_env)
    assert target in listed
    assert any("he withheld information from the board" in m.value for m in app.markdown)
    app.text_input(key=f"note-{key(target)}").input("an opinion, not a fact")
    app.button(key=f"reject-{key(target)}").click().run()
    assert not app.exception
    assert "Rejected" in app.success[0].value
    assert target not in queue(app)
    assert get_fact(scratch_env, target).review is ReviewState.REJECTED
    [record] = audit_records(scratch_env)
    assert (record.user, record.note, record.targets) == ("reviewer", "an opinion, not a fact", [target])
    app.multiselect(key="review-states").set_value(["rejected"]).run()
    assert queue(app) == [target]


def test_review_page_filters_by_entity_and_accepts(scratch_env: FalkorDBStore) -> None:
    app = page("review").run()
    app.text_input(key="review-entity").input("Helen Toner").run()
    listed = queue(app)
    assert len(listed) == 2
    app.button(key=f"accept-{key(listed[0])}").click().run()
    assert queue(app) == listed[1:]
    assert get_fact(scratch_env, listed[0]).review is ReviewState.ACCEPTED
    app.text_input(key="review-entity").input("Nobody Known").run()
    assert "no entity" in app.error[0].value


def test_entity_page_rejects_a_fact_and_hides_it(scratch_env: FalkorDBStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Helen Toner").run()
    assert set(app.dataframe[0].value["relation"]) == {"CRITICIZED →", "VOTED_TO_REMOVE →"}
    target = criticized(scratch_env)
    app.button(key=f"reject-{key(target)}").click().run()
    assert not app.exception
    assert set(app.dataframe[0].value["relation"]) == {"VOTED_TO_REMOVE →"}
    app.selectbox(key="entity-review").select("all").run()
    facts = app.dataframe[0].value
    assert dict(zip(facts["relation"], facts["review"], strict=True))["CRITICIZED →"] == "rejected"
    app.selectbox(key="entity-review").select("accepted-only").run()
    assert "No facts about this entity." in [i.value for i in app.info]


def test_entity_page_merge_dialog_previews_then_merges(scratch_env: FalkorDBStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Safe Superintelligence").run()
    app.button(key="merge-open").click().run()
    assert not app.exception
    other = app.selectbox(key="merge-other")
    assert "OpenAI (organization:openai)" in other.options
    assert not any("(person:" in o for o in other.options)  # same type only
    other.select("organization:windsurf").run()
    assert not app.exception
    preview = app.dataframe[-1].value
    assert "REVOKED_ACCESS" in set(preview["predicate"])
    assert set(preview["object"]) | set(preview["subject"]) >= {"organization:safe-superintelligence"}
    assert any("mentions" in m.value for m in app.markdown)
    assert scratch_env.run("MATCH (n:Entity {id: 'organization:windsurf'}) RETURN count(n)").scalar() == 1
    app.text_input(key="merge-note").input("same company")
    app.button(key="merge-confirm").click().run()
    assert not app.exception
    assert "Merged organization:windsurf" in app.success[0].value
    assert scratch_env.run("MATCH (n:Entity {id: 'organization:windsurf'}) RETURN count(n)").scalar() == 0
    [record] = audit_records(scratch_env)
    assert record.action.value == "merge" and record.note == "same company"


def test_review_page_corrects_a_fact(scratch_env: FalkorDBStore) -> None:
    target = criticized(scratch_env)
    app = page("review").run()
    app.text_input(key="review-entity").input("Helen Toner").run()
    app.text_input(key=f"fix-date-{key(target)}").input("2024-05-28")
    app.text_input(key=f"fix-note-{key(target)}").input("date from the article")
    form = next(f for f in app.get("form") if f.proto.form.form_id == f"correct-{key(target)}")
    form.button[0].click().run()
    assert not app.exception
    assert "Corrected" in app.success[0].value
    stored = get_fact(scratch_env, target)
    assert stored.review is ReviewState.CORRECTED and stored.props["date"] == "2024-05-28"
    [record] = audit_records(scratch_env)
    assert record.action.value == "correct" and record.note == "date from the article"
    assert target not in queue(app)  # no longer unreviewed


def test_a_merged_away_id_opens_the_kept_entity(scratch_env: FalkorDBStore) -> None:
    from aikg.graph.entity_curation import merge

    merge(scratch_env, "organization:openai", "organization:windsurf")
    app = page("explorer").run()
    app.text_input(key="search").input("organization:windsurf").run()
    assert not app.exception
    assert app.header[0].value == "OpenAI"
    assert any("was merged into `organization:openai`" in c.value for c in app.caption)


def test_entity_page_corrects_a_fact_in_a_dialog_opened_on_request(scratch_env: FalkorDBStore) -> None:
    target = criticized(scratch_env)
    app = page("explorer").run()
    app.text_input(key="search").input("Helen Toner").run()
    assert not any(f.proto.form.form_id.startswith("correct-") for f in app.get("form"))  # none drawn
    app.button(key=f"correct-open-{key(target)}").click().run()
    assert not app.exception
    [form] = [f for f in app.get("form") if f.proto.form.form_id == f"correct-{key(target)}"]
    app.text_input(key=f"fix-date-{key(target)}").input("2023-11-19")
    form.button[0].click().run()
    assert not app.exception
    assert "Corrected" in app.success[0].value
    assert get_fact(scratch_env, target).props["date"] == "2023-11-19"
    assert not any(f.proto.form.form_id.startswith("correct-") for f in app.get("form"))  # closed
    facts = app.dataframe[0].value
    assert "2023-11-19" in set(facts["date"])  # the page reads the corrected fact, not a stale copy
