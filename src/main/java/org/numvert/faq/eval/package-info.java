/**
 * The quality and speed harness of the FAQ search ({@code kb eval}): indexes a JSON-lines corpus,
 * runs queries with expected articles through the production search, and reports S@1, S@10,
 * MRR@10 per query kind and latency percentiles.
 */
package org.numvert.faq.eval;
