# Build stage: the Maven wrapper builds the runnable jar.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY content content
RUN ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/digestbot.jar /app/digestbot.jar
COPY --from=build /src/content /app/content
ENTRYPOINT ["java", "-jar", "/app/digestbot.jar"]
