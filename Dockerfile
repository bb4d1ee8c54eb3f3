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
EXPOSE 50051
# The same command as the README, run from /app so ./seeds and ./data are the defaults.
ENTRYPOINT ["java", "-jar", "/app/article-service.jar"]
