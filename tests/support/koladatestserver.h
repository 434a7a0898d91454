// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPair>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <future>

// A small HTTP/1.1 server on 127.0.0.1 for tests of the Kolada client: it runs in its own
// thread (so a test may block on a QProcess while it answers), hands each GET request's target
// ("/v3/kpi/N1?per_page=5000") to a handler and sends what the handler returns, after an
// optional delay. It records every target it saw. Never reaches beyond the loopback interface.
class KoladaTestServer : public QThread
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0; // wait this long before answering

        static Response json(const QByteArray& body) { return {200, body, {}, 0}; }
    };
    // Called in the server thread, one request at a time (under the server's lock).
    using Handler = std::function<Response(const QString& target)>;

    // Starts the server thread and returns once it listens (port() is 0 if it could not).
    explicit KoladaTestServer(Handler handler);
    ~KoladaTestServer() override;

    quint16 port() const { return m_portNumber; }
    // http://127.0.0.1:PORT + path, e.g. baseUrl("/v3").
    QUrl baseUrl(const QString& path = QStringLiteral("/v3")) const;
    QString address(const QString& target) const { return baseUrl(target).toString(); }

    QStringList requests() const;
    qsizetype requestCount() const { return requests().size(); }

protected:
    // Listens on 127.0.0.1 and answers in the thread's event loop until quit().
    void run() override;

private:
    static QByteArray reasonPhrase(int status);

    Handler m_handler;
    std::promise<quint16> m_port;
    quint16 m_portNumber = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
};
