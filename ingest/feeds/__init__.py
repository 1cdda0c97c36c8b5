"""Feeds: following entries to their article, subscriptions, polling, and the entries already stored."""
