# Build stage: the Maven wrapper builds the runnable jar.
FROM eclipse-temurin:21-jdk-jammy AS build
WORKDIR /src
# Dependencies first, in a layer of their own: it is rebuilt only when the pom changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp package -DskipTests
# The jar extracted (the application's classes in digestbot.jar, its libraries in lib/): the layout
# Spring Boot recommends for class data sharing, which cannot read classes from nested jars.
RUN java -Djarmode=tools -jar target/digestbot.jar extract --destination target/app

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
COPY --from=build /src/target/app /app
ENV DIGESTBOT_DATA_DIR=/data \
    DIGESTBOT_CONTENT_DIR=/app/content
# The JVM's memory, for a small container (see "Memory" in the README): the Serial collector, whose
# structures take about 1 MB where G1's take 45; 40% of the container for the heap (205 MiB of
# 512), since the JVM outside it takes about 200 MiB; two malloc arenas instead of one per thread,
# and freed native memory (the JIT compilers' peaks) given back every 5 s. JDK_JAVA_OPTIONS holds
# them so that `-e JDK_JAVA_OPTIONS=...` replaces them all, and the training run below uses them.
ENV MALLOC_ARENA_MAX=2 \
    JDK_JAVA_OPTIONS="-XX:+UseSerialGC -XX:MaxRAMPercentage=40 -XX:TrimNativeHeapInterval=5000"
# A training run: the application starts up to its refreshed context (database migrated, every
# bean made, nothing started, nobody called) and exits; the JVM writes the classes it loaded to a
# class data sharing archive, which halves the CPU of every later start. It must be made by the
# runtime's own JVM, hence here, on a throwaway database; the token only makes it load the bot's
# classes rather than the terminal chat's.
RUN TELEGRAM_BOT_TOKEN=0:training TELEGRAM_API_URL=http://127.0.0.1:9 DIGESTBOT_DATA_DIR=/tmp/training \
        java -XX:ArchiveClassesAtExit=/app/digestbot.jsa -Dspring.context.exit=onRefresh -jar /app/digestbot.jar \
    && test -s /app/digestbot.jsa \
    && rm -rf /tmp/training
# The H2 database file, unless SPRING_DATASOURCE_URL points at PostgreSQL.
VOLUME /data
USER digestbot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/digestbot.jsa", "-jar", "/app/digestbot.jar"]
