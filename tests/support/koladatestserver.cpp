// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/koladatestserver.h"

KoladaTestServer::KoladaTestServer(Handler handler)
    : m_handler(std::move(handler))
{
    std::future<quint16> port = m_port.get_future();
    start();
    m_portNumber = port.get();
}

KoladaTestServer::~KoladaTestServer()
{
    quit();
    wait();
}

QUrl KoladaTestServer::baseUrl(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_portNumber).arg(path));
}

QStringList KoladaTestServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void KoladaTestServer::run()
{
    // Declared before the server: sockets the server deletes may still report a disconnect.
    QHash<QTcpSocket*, QByteArray> buffers;
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        m_port.set_value(0);
        return;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [&buffers, socket] {
                buffers.remove(socket);
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, &buffers, socket] {
                QByteArray& buffer = buffers[socket];
                buffer += socket->readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> requestLine =
                    buffer.left(buffer.indexOf("\r\n")).split(' ');
                buffer.remove(0, end + 4);
                const QString target =
                    requestLine.size() >= 2 ? QString::fromLatin1(requestLine.at(1)) : QString();
                Response response;
                {
                    QMutexLocker lock(&m_mutex);
                    m_requests.append(target);
                    response = m_handler(target);
                }
                const auto answer = [socket, response] {
                    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                                      reasonPhrase(response.status) + "\r\n";
                    text += "Content-Type: application/json; charset=utf-8\r\n";
                    text += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                    text += "Connection: close\r\n";
                    for (const auto& [name, value] : response.headers)
                        text += name + ": " + value + "\r\n";
                    text += "\r\n" + response.body;
                    socket->write(text);
                    socket->disconnectFromHost();
                };
                if (response.delayMs > 0)
                    QTimer::singleShot(response.delayMs, socket, answer);
                else
                    answer();
            });
        }
    });
    m_port.set_value(server.serverPort());
    exec();
}

QByteArray KoladaTestServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
