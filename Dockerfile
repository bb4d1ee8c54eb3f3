# A thin wrapper around the README's run command: build the fat jar, then run it on a JRE 17.

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY proto proto
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin articles
WORKDIR /app
COPY --from=build /src/target/article-service.jar /app/article-service.jar
COPY seeds /app/seeds
RUN mkdir -p /app/data && chown -R articles /app/data
USER articles
# gRPC on 50051; Prometheus metrics on 9464.
EXPOSE 50051 9464
# The service's own health client (the `health` subcommand), so the image needs no grpc_health_probe binary.
# It exits 0 only when the server reports SERVING, which it does once the first ingestion has finished.
HEALTHCHECK --interval=15s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx64m", "-jar", "/app/article-service.jar", "health", "--timeout-seconds", "5"]
# The same command as the README, run from /app so ./seeds and ./data are the defaults.
ENTRYPOINT ["java", "-jar", "/app/article-service.jar"]
