/**
 * English first names by sex, to check that "she" or "he" agrees with the person a pronoun is resolved to.
 * From @faker-js/faker 10.6.0, locale en, `person.first_name.female` (1563) and
 * `person.first_name.male` (1391); the two lists share no name, so names used for
 * both ("Jordan", "Taylor") are in neither. "Kim" is left out of the female list: as the commonest Korean surname it
 * opens many men's names ("Kim Min-woo"). MIT licence, © 2022-2025 Faker (github.com/faker-js/faker).
 */

/** Space-separated female first names. */
export const FEMALE_FIRST_NAMES =
  'Aaliyah Abagail Abbey Abbie Abbigail Abby Abigail Abigale Abigayle Ada Adah Adaline Addie Adela Adele Adelia Adeline ' +
  'Adella Adelle Adriana Adrianna Adrienne Afton Aglae Agnes Agustina Aida Aileen Aimee Aisha Aiyana Alaina Alana Alanis ' +
  'Alanna Alayna Alba Alberta Albertha Albina Alda Aleen Alejandra Alena Alene Alessandra Alessia Aletha Alexa Alexandra ' +
  'Alexandrea Alexandria Alexandrine Alexane Alexanne Alfreda Alia Alice Alicia Alisa Alisha Alison Alivia Aliya Aliyah ' +
  'Aliza Alize Allene Allie Allison Ally Alma Alta Althea Alvena Alvera Alverta Alvina Alyce Alycia Alysa Alysha Alyson ' +
  'Alyssa Alysson Amalia Amanda Amara Amaya Amber Amelia Amelie Amely America Amie Amina Amira Amiya Amparo Amy Amya Ana ' +
  'Anabel Anabelle Anahi Anais Anastasia Andrea Andreane Andreanne Angela Angelica Angelina Angeline Angelita Angie Anika ' +
  'Anissa Anita Aniya Aniyah Anjali Ann Anna Annabel Annabell Annabelle Annalise Annamae Annamarie Anne Annetta Annette ' +
  'Annie Ansley Antoinette Antonetta Antonette Antonia Antonietta Antonina Anya April Araceli Aracely Ardella Ardith ' +
  'Arely Ariane Arianna Arielle Arlene Arvilla Aryanna Asha Ashlee Ashleigh Ashley Ashly Ashlynn Ashtyn Asia Assunta ' +
  'Astrid Athena Aubree Audra Audreanne Audrey Augusta Aurelia Aurelie Aurore Autumn Ava Avis Ayana Ayla Aylin Bailee ' +
  'Barbara Baylee Beatrice Beaulah Becky Belinda Bella Belle Berenice Bernadette Bernadine Berneice Bernice Berniece ' +
  'Bernita Berta Bertha Beryl Bessie Beth Bethany Betsy Bette Bettie Betty Bettye Beulah Beverly Bianka Billie Birdie ' +
  'Blanca Blanche Bobbie Bonita Bonnie Brandi Brandy Breana Breanna Breanne Brenda Brenna Bria Briana Brianne Bridget ' +
  'Bridgette Bridie Brielle Brigitte Brionna Brisa Britney Brittany Brooke Brooklyn Bryana Bulah Caitlyn Caleigh Calista ' +
  'Callie Camila Camilla Camille Camryn Camylle Candace Candice Candida Cara Carissa Carla Carlee Carley Carli Carlie ' +
  'Carlotta Carmel Carmela Carmella Carmen Carol Carolanne Carole Carolina Caroline Carolyn Carolyne Carrie Casandra ' +
  'Cassandra Cassandre Cassidy Cassie Catalina Caterina Catharine Catherine Cathrine Cathryn Cathy Cayla Cecelia Cecile ' +
  'Cecilia Celestine Celia Celine Chanel Chanelle Charity Charlene Charlotte Chasity Chaya Chelsea Chelsey Chelsie Cheryl ' +
  'Cheyanne Cheyenne Chloe Christa Christelle Christiana Christie Christina Christine Christy Chyna Ciara Cielo Cierra ' +
  'Cindy Citlalli Claire Clara Clarabelle Clare Clarissa Claudia Claudine Clementina Clementine Cleora Cleta Clotilde ' +
  'Colleen Concepcion Connie Constance Consuelo Cora Coralie Cordelia Cordia Corene Corine Corrine Cortney Courtney ' +
  'Creola Cristal Cristina Crystal Crystel Cydney Cynthia Dagmar Dahlia Daija Daisha Daisy Damaris Dana Daniela Daniella ' +
  'Danielle Danika Danyka Daphne Daphnee Daphney Dariana Darla Darlene Dasia Dawn Dayana Dayna Deanna Debbie Deborah ' +
  'Debra Deja Dejah Delaney Delfina Delia Delilah Della Delores Delpha Delphia Delphine Dena Denise Desiree Dessie ' +
  'Destany Destinee Destiney Destini Destiny Diamond Diana Diane Dianna Dianne Dina Dixie Dolly Dolores Domenica Donna ' +
  'Dora Dorcas Doreen Doris Dorothea Dorothy Dorris Dortha Dorthy Dovie Dulce Earlene Earline Earnestine Easter Ebba ' +
  'Ebony Eda Edith Edna Edwina Edyth Edythe Effie Eileen Elaina Elaine Elda Eldora Eleanor Eleanora Eleanore Electa Elena ' +
  'Elenor Elenora Eleonore Elfrieda Eliane Elinor Elinore Elisa Elisabeth Elise Elissa Eliza Elizabeth Ella Ellen Ellie ' +
  'Elmira Elna Elnora Elody Eloisa Eloise Elouise Elsa Else Elsie Elta Elva Elvera Elvie Elvira Elyse Elyssa Elza Emelia ' +
  'Emelie Emely Emerald Emie Emilia Emilie Emily Emma Emmalee Emmie Emmy Ena Enid Enola Era Erica Ericka Erika Erin Erma ' +
  'Erna Ernestina Ernestine Eryn Esmeralda Esperanza Essie Esta Estefania Estell Estella Estelle Esther Estrella Etha ' +
  'Ethel Ethelyn Ethyl Ettie Eudora Eugenia Eula Eulah Eulalia Euna Eunice Eva Evalyn Evangeline Eve Eveline Evelyn Evie ' +
  'Fabiola Fae Faith Fannie Fanny Fatima Fay Faye Felicia Felicita Felicity Felipa Fern Ferne Filomena Fiona Flavie Fleta ' +
  'Flo Flora Florence Florine Flossie Frances Francesca Francisca Freda Frederique Freeda Freida Frida Frieda Gabriella ' +
  'Gabrielle Gail Gayle Genesis Geneva Genevieve Genoveva Georgette Georgia Georgiana Georgianna Geraldine Gerda Gertrude ' +
  'Gia Gilda Gillian Gina Ginger Giovanna Gisselle Gladyce Gladys Glenda Glenna Glennie Gloria Golda Grace Gracie ' +
  'Graciela Grayce Gregoria Greta Gretchen Gudrun Gussie Gwen Gwendolyn Hailee Hailey Hailie Haleigh Haley Halie Halle ' +
  'Hallie Hanna Hannah Harmony Harriet Hattie Haylee Hayley Haylie Hazel Heather Heaven Heidi Helen Helena Helene Helga ' +
  'Hellen Heloise Henrietta Henriette Hermina Herminia Herta Hertha Hester Hettie Hilda Hildegard Hillary Hilma Hollie ' +
  'Holly Hope Hortense Hulda Icie Ida Idell Idella Ila Ilene Iliana Ima Imani Imelda Imogene Ines Inez Irene Iris Irma ' +
  'Isabel Isabell Isabella Isabelle Isobel Itzel Iva Ivah Ivy Izabella Jacey Jacinthe Jackeline Jackie Jacklyn Jaclyn ' +
  'Jacqueline Jacquelyn Jacynthe Jada Jade Jaida Jailyn Jakayla Jana Janae Jane Janelle Janessa Janet Janice Janie Janis ' +
  'Janiya Jannie Jany Jaquelin Jaqueline Jasmin Jasmine Jaunita Jayda Jayde Jayne Jazlyn Jazmin Jazmyn Jazmyne Jean ' +
  'Jeanette Jeanie Jeanne Jeannette Jeannie Jena Jenifer Jenna Jennie Jennifer Jenny Jennyfer Jessica Jessika Jessyca ' +
  'Jettie Jewel Jewell Jill Jillian Jo Joan Joana Joanie Joann Joanna Joanne Joannie Joanny Jocelyn Jodi Jodie Joelle ' +
  'Johanna Jolie Jordyn Josefa Josefina Josephine Josiane Josianne Josie Joy Joyce Juana Juanita Judith Judy Julia ' +
  'Juliana Julianne Julie Juliet June Justina Justine Kaci Kacie Kaela Kaelyn Kaia Kailee Kailey Kailyn Kaitlin Kaitlyn ' +
  'Kaleigh Kaley Kali Kallie Kamille Kamryn Kara Karelle Karen Kari Kariane Karianne Karina Karine Karla Karlee Karley ' +
  'Karli Karlie Karolann Kasandra Kassandra Katarina Kate Katelin Katelyn Katelynn Katharina Katherine Katheryn Kathleen ' +
  'Kathlyn Kathryn Kathryne Kathy Katie Katlyn Katlynn Katrina Katrine Kattie Kay Kaycee Kayla Kaylah Kaylee Kayleigh ' +
  'Kayley Kayli Kaylie Kaylin Keara Keeley Keely Keira Kelley Kelli Kellie Kelly Kelsi Kelsie Kendra Kenna Kennedi Kenya ' +
  'Kiana Kianna Kiara Kiarra Kiera Kiley Kimberly Kira Kirsten Kirstin Kitty Krista Kristen Kristi Kristie Kristin ' +
  'Kristina Kristine Kristy Krystal Krystel Krystina Kyla Kylee Kyleigh Kylie Kyra Lacey Lacy Laila Laisha Lana Laney ' +
  'Larissa Latoya Laura Laurel Lauren Lauretta Lauriane Laurianne Laurie Laurine Laury Lauryn Lavada Laverna Laverne ' +
  'Lavina Lavinia Lavonne Layla Lea Leah Leann Leanna Leanne Leatha Leda Leigh Leila Leilani Lela Lelah Lelia Lempi Lena ' +
  'Lenna Lenora Lenore Leola Leona Leonie Leonor Leonora Leora Lera Lesley Leslie Lesly Lessie Leta Letha Leticia Letitia ' +
  'Lexi Lexie Lexus Lia Liana Libbie Libby Lila Lilian Liliana Liliane Lilla Lillian Lilliana Lillie Lilly Lily Lilyan ' +
  'Lina Linda Lindsay Lindsey Linnea Lisa Lisette Litzy Liza Lizeth Lizzie Lois Lola Lolita Loma Lora Loraine Lorena ' +
  'Lorene Lorenza Loretta Lori Lorine Lorna Lorraine Lottie Louisa Louise Lourdes Louvenia Loyce Lucia Lucie Lucienne ' +
  'Lucile Lucille Lucinda Lucy Ludie Luella Luisa Lula Lulu Luna Lura Lurline Luz Lyda Lydia Lyla Lynda Lynette Lynn ' +
  'Lynne Lyric Lysanne Mabel Mabelle Mable Macey Maci Macie Mackenzie Macy Madaline Madalyn Maddison Madeline Madelyn ' +
  'Madelynn Madge Madie Madilyn Madisen Madison Madisyn Madonna Madyson Mae Maegan Maeve Mafalda Magali Magdalen ' +
  'Magdalena Maggie Magnolia Maia Maida Maiya Makayla Makenna Makenzie Malika Malinda Mallie Mallory Malvina Mamie Mandy ' +
  'Manuela Mara Marcelina Marcella Marcelle Marcia Margaret Margarete Margarett Margaretta Margarette Margarita Marge ' +
  'Margie Margot Margret Marguerite Maria Mariah Mariam Marian Mariana Mariane Marianna Marianne Maribel Marie Mariela ' +
  'Marielle Marietta Marilie Marilou Marilyn Marilyne Marina Marisa Marisol Maritza Marjolaine Marjorie Marjory Marlee ' +
  'Marlen Marlene Marsha Marta Martha Martina Martine Mary Maryam Maryann Maryjane Maryse Mathilde Matilda Matilde Mattie ' +
  'Maud Maude Maudie Maureen Maurine Mavis Maxine May Maya Maybell Maybelle Maye Maymie Mayra Mazie Mckayla Mckenna ' +
  'Mckenzie Meagan Meaghan Meda Megan Megane Meggie Meghan Melanie Melany Melba Melinda Melisa Melissa Mellie Melody ' +
  'Melvina Melyna Melyssa Mercedes Meredith Mertie Meta Mia Micaela Michaela Michele Michelle Mikayla Mildred Millie ' +
  'Mindy Minerva Minnie Miracle Miranda Mireille Mireya Miriam Missouri Misty Mittie Modesta Mollie Molly Mona Monica ' +
  'Monique Monserrat Moriah Mozelle Muriel Mya Myah Mylene Myra Myriam Myrna Myrtice Myrtie Myrtis Myrtle Nadia Nadine ' +
  'Nancy Nannie Naomi Naomie Natalia Natalie Natasha Nayeli Nedra Neha Nelda Nella Nelle Nellie Neoma Nettie Neva Nia ' +
  'Nichole Nicole Nicolette Nikki Nina Noelia Noemi Noemie Noemy Nola Nona Nora Norene Norma Novella Nya Nyah Nyasia ' +
  'Oceane Octavia Odessa Ofelia Ola Oleta Olga Olive Olivia Ona Opal Ophelia Ora Orpha Otilia Ottilie Ozella Paige Palma ' +
  'Pam Pamela Pansy Pascale Patience Patricia Patsy Patti Pattie Patty Paula Paulette Pauline Pearl Pearlie Pearline ' +
  'Peggie Peggy Penelope Penny Petra Phoebe Phyllis Pinkie Piper Polly Precious Princess Priscilla Prudence Queen Queenie ' +
  'Rachael Rachel Rachelle Rae Raegan Rafaela Raina Ramona Randi Raphaelle Raquel Raven Reanna Reba Rebeca Rebecca Rebeka ' +
  'Rebekah Regina Reina Renee Ressie Reta Retha Retta Reva Reyna Rhea Rhianna Rhiannon Rhoda Rhonda Rita Roberta Robyn ' +
  'Rochelle Rocio Rosa Rosalee Rosalia Rosalie Rosalind Rosalinda Rosalyn Rosamond Rosanna Rosario Rose Rosella Roselyn ' +
  'Rosemarie Rosemary Rosetta Rosie Rosina Roslyn Rossie Rowena Roxane Roxanne Rozella Rubie Ruby Rubye Ruth Ruthe Ruthie ' +
  'Rylee Ryleigh Sabina Sabrina Sabryna Sadie Sadye Saige Sallie Sally Salma Samanta Samantha Samara Sandra Sandrine ' +
  'Sandy Santa Santina Sara Sarah Sarai Sarina Sasha Savanah Savanna Savannah Scarlett Selena Selina Serena Serenity ' +
  'Shaina Shakira Shana Shanel Shanelle Shania Shanie Shaniya Shanna Shannon Shanny Shany Shari Sharon Shawna Shaylee ' +
  'Shayna Sheila Shelia Shelley Shelly Sheri Sherri Sherry Sheryl Shirley Shyann Shyanne Sibyl Sienna Sierra Sigrid ' +
  'Silvia Simone Sister Skyla Sofia Soledad Sonia Sonja Sonya Sophia Sophie Stacey Stacy Stefanie Stella Stephania ' +
  'Stephanie Stephany Sue Summer Susan Susana Susanna Susie Suzanne Syble Sydnee Sydney Sydni Sydnie Sylvia Tabitha Talia ' +
  'Tamara Tami Tamia Tammy Tania Tanya Tara Taryn Tasha Tatum Tatyana Taya Teresa Teri Terri Tess Tessie Thalia Thea ' +
  'Thelma Theodora Theresa Therese Theresia Thora Tia Tiana Tianna Tiara Tierra Tiffany Tina Tomasa Toni Tonya Tracey ' +
  'Traci Tracy Tressa Tressie Treva Tricia Trinity Trisha Trudie Trycia Twila Tyra Una Ursula Vada Valentina Valerie ' +
  'Vallie Vanessa Veda Velda Vella Velma Velva Vena Vera Verda Verdie Vergie Verla Verlie Verna Vernice Verona Veronica ' +
  'Vesta Vicenta Vicki Vickie Vicky Victoria Vida Vilma Vincenza Viola Violet Violette Virgie Virginia Virginie Vita Viva ' +
  'Vivian Viviane Vivianne Vivien Vivienne Wanda Wava Wendy Whitney Wilhelmine Willa Willow Wilma Winifred Winnifred ' +
  'Winona Yadira Yasmeen Yasmin Yasmine Yazmin Yesenia Yessenia Yolanda Yoshiko Yvette Yvonne Zaria Zelda Zella Zelma ' +
  'Zena Zetta Zita Zoe Zoey Zoie Zoila Zola Zora Zula';

/** Space-separated male first names. */
export const MALE_FIRST_NAMES =
  'Aaron Abdiel Abdul Abdullah Abe Abel Abelardo Abner Abraham Adalberto Adam Adan Adelbert Aditya Adolf Adolfo Adolph ' +
  'Adolphus Adonis Adrain Adrian Adriel Agustin Ahmad Ahmed Aidan Aiden Akeem Al Alan Albert Alberto Albin Alden Alec ' +
  'Alejandro Alek Alessandro Alex Alexander Alexandre Alexandro Alexzander Alf Alfonso Alfonzo Alford Alfred Alfredo ' +
  'Allan Allen Alonzo Alphonso Alton Alvah Alvin Ambrose Americo Amir Amos Anastacio Anderson Andre Andres Andrew Andy ' +
  'Angelo Angus Anibal Ansel Anthony Antone Antonio Antwan Antwon Arch Archibald Archie Aric Arjun Arlo Armand Armando ' +
  'Arnaldo Arne Arno Arnold Arnoldo Arnulfo Aron Art Arthur Arturo Arvel Arvid Augustine Augustus Aurelio Austen Austin ' +
  'Axel Ayden Barney Baron Barrett Barry Bart Bartholome Barton Beau Ben Benedict Benjamin Bennett Bennie Benny Benton ' +
  'Bernard Bernardo Bernhard Bernie Bert Bertram Bertrand Bill Billy Blaise Blake Blaze Bo Bob Bobby Boris Boyd Brad ' +
  'Braden Bradford Bradley Bradly Brady Braeden Brain Brando Brandon Brandt Brandyn Brannon Branson Brant Braulio Braxton ' +
  'Brayan Brendan Brenden Brendon Brennan Brennon Brent Bret Brett Brian Brice Brock Broderick Brody Brooks Bruce Bryan ' +
  'Bryant Bryce Brycen Bryon Buck Bud Buddy Buford Burley Buster Byron Cade Caden Caesar Cale Caleb Calvin Camden Cameron ' +
  'Camren Camron Candelario Candido Carl Carleton Carlo Carlos Carlton Carmelo Carmine Carson Carter Casimer Casimir ' +
  'Casper Ceasar Cecil Cedric Cedrick Celestino Cesar Chad Chadd Chadrick Chaim Chance Charles Charlie Chase Chauncey ' +
  'Chaz Chester Chet Chris Christ Christian Christop Christophe Christopher Cicero Clarence Clark Claud Claude Clay ' +
  'Clayton Clemens Clement Cletus Cleve Cleveland Clifford Clifton Clint Clinton Clovis Cloyd Clyde Coby Cody Colby Cole ' +
  'Coleman Colin Collin Colt Colten Colton Columbus Conner Connor Conor Conrad Constantin Cooper Corbin Cordell Corey ' +
  'Cornelius Cornell Cortez Cory Coy Craig Crawford Cristian Cristobal Cristopher Cullen Curt Curtis Cyril Cyrus D\'angelo ' +
  'Dale Dallin Dalton Dameon Damian Damien Damion Damon Dan Dandre Dane Dangelo Danial Daniel Danny Dante Daren Darien ' +
  'Darin Dario Darion Darius Darnell Daron Darrel Darrell Darren Darrick Darrin Darrion Darron Darryl Darwin Daryl ' +
  'Dashawn Dave David Davin Davion Davon Davonte Dawson Dax Dayne Dayton Dean Deangelo Declan Dedric Dedrick Deion Dejon ' +
  'Dejuan Delbert Delmer Demarco Demarcus Demario Demetrius Demond Denis Dennis Deon Deondre Deontae Deonte Dereck Derek ' +
  'Derick Deron Derrick Deshaun Deshawn Desmond Destin Devante Deven Devin Devonte Dewayne Dewey Dewitt Dexter Diego ' +
  'Dillan Dillon Dimitri Dino Dion Dock Domenic Domenick Domenico Domingo Dominic Dominick Don Donald Donato Donavon ' +
  'Donnell Donnie Donny Doug Douglas Doyle Drake Drew Duane Dudley Duncan Durward Dustin Dwayne Dwight Dylan Earl Earnest ' +
  'Easton Ed Edd Eddie Edgar Edgardo Edison Edmond Edmund Eduardo Edward Edwardo Edwin Efrain Efren Einar Eino Eladio ' +
  'Elbert Eldon Eldred Eldridge Eleazar Eli Elian Elias Eliezer Elijah Eliseo Elliot Elliott Ellis Ellsworth Elmer Elmo ' +
  'Elmore Eloy Elroy Elton Elvis Elwin Elwyn Emanuel Emerson Emil Emile Emiliano Emilio Emmanuel Emmet Emmett Emmitt ' +
  'Enoch Enos Enrico Enrique Ephraim Eriberto Eric Erich Erick Erik Erling Ernest Ernesto Ernie Ervin Erwin Esteban ' +
  'Estevan Ethan Eugene Eusebio Evan Evans Everardo Everett Everette Evert Ewald Ewell Ezekiel Ezequiel Ezra Fabian ' +
  'Faustino Fausto Favian Federico Felipe Felix Felton Fermin Fernando Fidel Filiberto Finn Flavio Fletcher Florencio ' +
  'Florian Floyd Ford Forest Forrest Foster Francesco Francisco Franco Frank Franklin Franz Fred Freddie Freddy Frederic ' +
  'Frederick Frederik Fredrick Fredy Freeman Friedrich Fritz Furman Gabe Gabriel Gaetano Gage Gardner Garett Garfield ' +
  'Garland Garret Garrett Garrick Garrison Garry Garth Gary Gaston Gavin Gene General Gennaro Geo Geoffrey George ' +
  'Geovanni Geovanny Geovany Gerald Gerard Gerardo Gerhard German Gerry Gerson Gianni Gideon Gilbert Gilberto Giles Gino ' +
  'Giovani Giovanni Giovanny Giuseppe Glen Glenn Godfrey Gonzalo Gordon Grady Graham Grant Granville Grayson Green Greg ' +
  'Gregg Gregorio Gregory Greyson Griffin Grover Guido Guillermo Guiseppe Gunnar Gunner Gus Gust Gustave Gustavo Guy Hal ' +
  'Hank Hans Hardy Harmon Harold Harrison Harry Harvey Haskell Hassan Hayden Heath Heber Hector Helmer Henderson Henri ' +
  'Henry Herbert Herman Hermann Herminio Hershel Hilario Hilbert Hillard Hilton Hipolito Hiram Hobart Holden Homer Horace ' +
  'Horacio Hosea Houston Howard Howell Hoyt Hubert Hudson Hugh Hugo Humberto Hunter Hyman Ian Ibrahim Ignacio Ignatius ' +
  'Ike Immanuel Irvin Irving Irwin Isaac Isac Isadore Isai Isaiah Isaias Isidro Ismael Isom Israel Issac Ivan Izaiah ' +
  'Jabari Jace Jacinto Jack Jackson Jacob Jacques Jadon Jaime Jairo Jake Jakob Jaleel Jalen Jalon Jamaal Jamal Jamar ' +
  'Jamarcus Jamel James Jameson Jamil Jamir Jamison Janick Jaquan Jared Jaren Jarod Jaron Jarred Jarrell Jarret Jarrett ' +
  'Jarrod Jarvis Jasen Jason Jasper Javier Javon Javonte Jay Jayce Jayden Jaydon Jaylen Jaylon Jayson Jed Jedediah ' +
  'Jedidiah Jeff Jefferey Jeffery Jeffrey Jeffry Jerad Jerald Jeramie Jeramy Jerel Jeremiah Jeremie Jeremy Jermain ' +
  'Jermaine Jermey Jerod Jerome Jeromy Jerrell Jerrod Jerrold Jerry Jesse Jesus Jett Jevon Jim Jimmie Jimmy Joaquin Joe ' +
  'Joel Joesph Joey Johan Johann Johathan John Johnathan Johnathon Johnny Johnpaul Johnson Jon Jonas Jonatan Jonathan ' +
  'Jonathon Jordi Jordon Jordy Jorge Jose Joseph Josh Joshua Joshuah Josiah Josue Jovan Jovani Jovanny Jovany Juan Judah ' +
  'Judd Judge Judson Julian Julien Julio Julius Junior Junius Justen Justin Juston Justus Justyn Juvenal Juwan Kade Kaden ' +
  'Kadin Kale Kaleb Kameron Kamren Kamron Kane Kareem Karl Kavon Keagan Keanu Keaton Keegan Keenan Keith Kellen Kelton ' +
  'Kelvin Ken Kendrick Kenneth Kennith Kenny Kent Kenton Kenyon Keon Keshaun Keshawn Keven Kevin Kevon Keyon Keyshawn ' +
  'Khalid Khalil Kian Kiel Kieran King Kip Kirk Kobe Koby Kody Kolby Kole Korbin Korey Kory Kraig Kristofer Kristoffer ' +
  'Kristopher Kurt Kurtis Kyle Kyler Ladarius Lafayette Lamar Lambert Lamont Lance Landen Laron Larry Laurence Lawrence ' +
  'Lawson Lazaro Leif Leland Lemuel Lenny Leo Leon Leonard Leonardo Leonel Leopold Leopoldo Leroy Lester Levi Lew Lewis ' +
  'Liam Lincoln Linwood Lionel Lisandro Llewellyn Lloyd Logan Lon Lonnie Lonny Lonzo Lorenz Lorenzo Louie Louis Lowell ' +
  'Lucas Luciano Lucio Lucious Lucius Ludwig Luigi Luis Lukas Luke Luther Lyle Mac Mack Magnus Major Malachi Malcolm ' +
  'Manley Manuel Marc Marcel Marcelino Marcellus Marcelo Marco Marcos Marcus Mariano Mario Mark Markus Marlon Marques ' +
  'Marquis Marquise Marshall Martin Marty Marvin Mason Mateo Mathew Mathias Matt Matteo Matthew Maurice Mauricio Maverick ' +
  'Max Maxime Maximilian Maximillian Maximo Maximus Maxwell Maynard Mekhi Melvin Mervin Micah Michael Micheal Miguel Mike ' +
  'Mikel Miles Milford Milo Milton Misael Mitchel Mitchell Modesto Mohamed Mohammad Mohammed Moises Monte Monty Morris ' +
  'Mortimer Morton Mose Moses Moshe Muhammad Murray Mustafa Myles Myron Name Napoleon Narciso Nash Nasir Nat Nathan ' +
  'Nathanael Nathanial Nathaniel Nathen Neal Ned Neil Nels Nelson Nestor Newell Newton Nicholas Nicholaus Nick Nicklaus ' +
  'Nickolas Nico Nicolas Nigel Nikko Niko Nikolas Nils Noah Noble Noe Noel Nolan Norbert Norberto Norman Norris Norval ' +
  'Norwood Obie Odell Okey Olaf Ole Olen Olin Oliver Omar Omari Omer Oral Oran Oren Orin Orion Orland Orlando Orlo Orrin ' +
  'Orval Orville Osbaldo Osborne Oscar Osvaldo Oswald Oswaldo Otha Otho Otis Ottis Otto Owen Pablo Paolo Parker Pasquale ' +
  'Patrick Paul Pedro Percival Percy Perry Pete Peter Phil Philip Phillip Pierce Pierre Pietro Porter Preston Price ' +
  'Prince Quentin Quincy Quinten Quinton Rafael Raheem Rahsaan Rahul Ralph Ramiro Ramon Randal Randall Randolph Randy ' +
  'Ransom Raoul Raphael Rashad Rashawn Rasheed Raul Ray Raymond Raymundo Reece Reed Reggie Reginald Reid Reinhold ' +
  'Remington Rene Reuben Rex Rey Reyes Reymundo Reynold Rhett Ricardo Richard Richie Richmond Rick Rickey Ricky Rico ' +
  'Rigoberto Robb Robert Roberto Rocky Rod Roderick Rodger Rodney Rodolfo Rodrick Rodrigo Roel Rogelio Roger Rogers ' +
  'Roland Rolando Rollin Roman Ron Ronald Ronaldo Ronnie Ronny Roosevelt Rory Roscoe Rosendo Ross Rowland Roy Royce Ruben ' +
  'Rudolph Rudy Rufus Rupert Russ Russel Russell Rusty Ryan Ryder Rylan Salvador Salvatore Sam Samir Samson Samuel ' +
  'Sanford Santiago Santino Santos Saul Savion Scot Scott Scottie Scotty Seamus Sean Sebastian Sedrick Selmer Sergio Seth ' +
  'Shad Shane Shaun Shawn Sheldon Shemar Sherman Sherwood Sid Sigmund Sigurd Silas Sim Simeon Simon Solon Sonny Spencer ' +
  'Stan Stanford Stanley Stanton Stefan Stephan Stephen Stephon Sterling Steve Steven Stewart Stone Stuart Sven Sylvan ' +
  'Sylvester Tad Talon Tanner Tate Taurean Tavares Ted Terence Terrance Terrell Terrence Terrill Tevin Thad Thaddeus Theo ' +
  'Theodore Theron Thomas Thurman Tillman Tim Timmothy Timmy Timothy Tito Titus Tobin Toby Tod Todd Tom Tomas Tommy Toney ' +
  'Tony Torrance Torrey Trace Travis Travon Tre Tremaine Tremayne Trent Trenton Trever Trevion Trevor Trey Tristian ' +
  'Triston Troy Trystan Turner Tyler Tyree Tyreek Tyrel Tyrell Tyrese Tyrique Tyrone Tyshawn Tyson Ubaldo Ulices Ulises ' +
  'Uriah Uriel Valentin Vance Vaughn Vern Verner Vernon Vicente Victor Vidal Vince Vincent Vincenzo Vinnie Virgil Vito ' +
  'Vladimir Wade Waino Waldo Walker Wallace Walter Walton Ward Warren Watson Waylon Wayne Webster Weldon Wellington ' +
  'Wendell Werner Wesley Westley Weston Wilber Wilbert Wilbur Wilburn Wiley Wilford Wilfred Wilfredo Wilfrid Wilhelm Will ' +
  'Willard William Willie Willis Willy Wilmer Wilson Wilton Winfield Winston Wm Woodrow Wyatt Wyman Xander Xavier Xzavier ' +
  'Zachariah Zachary Zachery Zack Zackary Zackery Zakary Zander Zane Zechariah';
