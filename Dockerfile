# Build stage: the Maven wrapper builds the runnable jar.
FROM eclipse-temurin:21-jdk-jammy AS build
WORKDIR /src
# Dependencies first, in a layer of their own: it is rebuilt only when the pom changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp package -DskipTests

# Runtime stage: a Java 21 runtime on Ubuntu, whose image brings curl for the health check.
FROM eclipse-temurin:21-jre-jammy
RUN groupadd --gid 10001 digestbot \
    && useradd --uid 10001 --gid digestbot --no-create-home --home-dir /app --shell /usr/sbin/nologin digestbot \
    && mkdir /data \
    && chown digestbot:digestbot /data
WORKDIR /app
# The editor's folder, writable by the bot: publishing through the bot writes issues/<date>.txt.
# Mount a folder of the host over it to keep published issues beyond the container.
COPY --chown=digestbot:digestbot content /app/content
COPY --from=build /src/target/digestbot.jar /app/digestbot.jar
ENV DIGESTBOT_DATA_DIR=/data \
    DIGESTBOT_CONTENT_DIR=/app/content
# The H2 database file, unless SPRING_DATASOURCE_URL points at PostgreSQL.
VOLUME /data
USER digestbot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/digestbot.jar"]
