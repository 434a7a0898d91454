// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace jamfor {

// How KoladaClient talks to the Kolada API. The defaults suit the public service; tests point
// the base URL at a local server and shorten the waits.
struct KoladaClientSettings
{
    // v3 by default; a base URL ending in /v2 speaks to the older API (same paths).
    QUrl baseUrl = QUrl(QStringLiteral("https://api.kolada.se/v3"));
    // One request (one page) may take this long before it is given up.
    int timeoutMs = 60000;
    // 429 (too many requests) and 5xx answers are tried again this many times.
    int maxRetries = 4;
    // The wait before the first retry; it doubles for each further retry.
    int retryDelayMs = 1000;
    // No wait is longer than this, whatever the server's Retry-After says.
    int maxRetryDelayMs = 30000;
    // A download that needs more pages than this stops with an error instead of running on.
    int maxPages = 2000;
    // Sent as per_page; Kolada allows at most 5000. 0 leaves it to the server.
    int perPage = 5000;
};

} // namespace jamfor
