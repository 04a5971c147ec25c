import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An in-process HTTP server on 127.0.0.1 (ephemeral port) that answers with a handler and
/// keeps every request it saw, for checking paths, headers and bodies.
final class LoopbackServer: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        /// Path and query, as sent.
        var uri: String
        /// Header names in lower case.
        var headers: [String: String]
        var body: Data
        var path: String { String(uri.prefix { $0 != "?" }) }
        var query: String { uri.contains("?") ? String(uri[uri.index(after: uri.firstIndex(of: "?")!)...]) : "" }
        var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    struct Response: Sendable {
        var status: Int = 200
        var body: Data = Data()
        var headers: [(String, String)] = []
        /// Seconds before answering (the connection stays open meanwhile).
        var delay: Double = 0
        /// Close the connection without answering.
        var drop = false

        static func json(_ text: String, status: Int = 200) -> Response {
            Response(status: status, body: Data(text.utf8), headers: [("Content-Type", "application/json")])
        }
    }

    private let lock = NSLock()
    private var seen: [Request] = []
    private var channel: Channel?
    let handler: @Sendable (Request) -> Response
    private(set) var port = 0

    var base: String { "http://127.0.0.1:\(port)" }
    var requests: [Request] { lock.withLock { seen } }

    init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [unowned self] channel in
                channel.pipeline.configureHTTPServerPipeline().flatMapThrowing {
                    try channel.pipeline.syncOperations.addHandler(Connection(server: self))
                }
            }
        let channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        self.channel = channel
        port = channel.localAddress?.port ?? 0
    }

    func stop() {
        try? channel?.close().wait()
    }

    fileprivate func answer(_ request: Request) -> Response {
        lock.withLock { seen.append(request) }
        return handler(request)
    }

    private final class Connection: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let server: LoopbackServer
        var head: HTTPRequestHead?
        var body = Data()

        init(server: LoopbackServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let h):
                head = h
                body = Data()
            case .body(let b):
                body.append(contentsOf: b.readableBytesView)
            case .end:
                guard let head else { return }
                var headers: [String: String] = [:]
                for (name, value) in head.headers { headers[name.lowercased()] = value }
                let response = server.answer(Request(method: head.method.rawValue, uri: head.uri, headers: headers, body: body))
                if response.delay > 0 {
                    context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(Int64(response.delay * 1000))) {
                        self.send(response, context)
                    }
                } else {
                    send(response, context)
                }
            }
        }

        private func send(_ response: Response, _ context: ChannelHandlerContext) {
            guard !response.drop else {
                context.close(promise: nil)
                return
            }
            var headers = HTTPHeaders(response.headers)
            headers.add(name: "Content-Length", value: String(response.body.count))
            headers.add(name: "Connection", value: "close")
            let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: response.body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
